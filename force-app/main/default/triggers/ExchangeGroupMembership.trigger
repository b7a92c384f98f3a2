trigger ExchangeGroupMembership on Exchange_Membership__c(after insert, after update) {
    GroupFileService.membershipsChanged(Trigger.new, (Map<Id, Exchange_Membership__c>) Trigger.oldMap);
}
