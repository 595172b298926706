// Keeps kxcti_calls a real library until its first sources land.
