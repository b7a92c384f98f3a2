trigger ExchangeAccountMembership on Account(after update) {
    MembershipTriggerHandler.accountsChanged(Trigger.new, (Map<Id, Account>) Trigger.oldMap);
}
