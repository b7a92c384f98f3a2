trigger ExchangeContactSuspension on Contact(after update) {
    MembershipTriggerHandler.contactsChanged(Trigger.new, (Map<Id, Contact>) Trigger.oldMap);
}
