// Keeps kxcti_reports a real library until its first sources land.
