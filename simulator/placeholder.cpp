int kxcti_sim_placeholder() { return 0; }
