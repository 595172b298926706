// kxcti-server: the daemon and its admin commands. Thin: all logic is in kxcti_server.
#include "server/cli/commands.h"

int main(int argc, char** argv) { return kxcti::server::run_cli(argc, argv); }
