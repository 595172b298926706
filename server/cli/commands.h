#pragma once
// kxcti-server's commands. Each lives in its own file (server/cli/<name>_cmd.cpp), takes the
// words after the command name, and returns the process exit code:
// 0 success, 1 the work failed (message on stderr), 2 usage error.
#include <string>
#include <vector>

namespace kxcti::server {

using Words = std::vector<std::string>;

int run_cli(int argc, char** argv);

int cmd_run(const Words& words);         // the daemon
int cmd_import(const Words& words);      // import FILE... (historical logs)
int cmd_reprocess(const Words& words);   // re-parse the journal after a parser fix
int cmd_smdr_parse(const Words& words);  // smdr-parse [FILE|-]: one JSON object per line
int cmd_erlang(const Words& words);      // erlang b|c|a: traffic engineering calculator
int cmd_config(const Words& words);      // config get|set|import: site configuration
int cmd_report(const Words& words);      // report NAME: the supervisor's figures on the local database
int cmd_user(const Words& words);        // user add|passwd|del|list: accounts for the clients
int cmd_csta_probe(const Words& words);  // csta-probe HOST: check a PBX's CTI link

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

} // namespace kxcti::server
