trigger ExchangeUserMembership on User(after insert, after update) {
    MembershipTriggerHandler.usersChanged(Trigger.new, (Map<Id, User>) Trigger.oldMap);
}
