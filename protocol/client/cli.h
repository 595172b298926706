#pragma once
// kxcti-cli: the command-line client (docs/protocol.md, "kxcti-cli"), as a function so that
// tests run it in-process with their own streams and environment.
//
//   kxcti-cli login  [--host H] [--port P] [--user U] [--tls [--ca FILE | --insecure]]
//   kxcti-cli watch  [--count N] [--ext EXT] ...        live events, one JSON object a line
//   kxcti-cli report NAME --from DAY --to DAY [--group N] ... [--param KEY=VALUE]   rows as JSON lines
//   kxcti-cli report list                               the server's reports
//   kxcti-cli lookup NUMBER [--limit N]                 phonebook and caller history
//
// The password comes from the environment (KXCTI_PASSWORD) or the first line of standard
// input; never from the command line. Exit codes: 0 done, 1 the server or network said no
// (the reason on stderr), 2 usage.
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace kxcti::protocol::client {

using Getenv = std::function<const char*(const char*)>;

int cli_main(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err,
             const Getenv& getenv);

} // namespace kxcti::protocol::client
