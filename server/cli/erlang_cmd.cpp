#include "server/cli/commands.h"

#include <iostream>

namespace kxcti::server {

int cmd_erlang(const Words&) {
    std::cerr << "not implemented yet\n";
    return kExitFailure;
}

} // namespace kxcti::server
