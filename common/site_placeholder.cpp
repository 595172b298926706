// Keeps kxcti_site a real library until its first sources land.
