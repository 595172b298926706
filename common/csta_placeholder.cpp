// Keeps kxcti_csta a real library until its first sources land.
