// kxcti-cli: the command-line client. Thin: everything is in kxcti_client (protocol/client/cli.h).
#include "protocol/client/cli.h"

#include <cstdlib>
#include <iostream>

int main(int argc, char** argv) {
    return kxcti::protocol::client::cli_main(std::vector<std::string>(argv + 1, argv + argc), std::cin, std::cout,
                                             std::cerr, [](const char* name) { return std::getenv(name); });
}
