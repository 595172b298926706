// Keeps kxcti_storage a real library until its first sources land.
