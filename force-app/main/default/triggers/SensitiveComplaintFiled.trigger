trigger SensitiveComplaintFiled on Sensitive_Complaint_Filed__e(after insert) {
    ComplaintFilingHandler.filed(Trigger.new);
}
