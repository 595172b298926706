#include "server/cli/commands.h"

#include <iostream>

namespace kxcti::server {

int cmd_csta_probe(const Words&) {
    std::cerr << "kxcti-server: this command is not available in this build yet\n";
    return kExitFailure;
}

} // namespace kxcti::server
