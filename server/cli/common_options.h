#pragma once
// The options every kxcti-server command takes: --config FILE, --db PATH, --data-dir DIR.
#include "server/cli/args.h"
#include "server/config/config.h"

#include <set>
#include <string>

namespace kxcti::server {

// Options resolve_config() consumes; a command adds its own to this set for Args::allow_only.
inline const std::set<std::string> kCommonOptions = {"config", "db", "data-dir", "help"};

// --config FILE (must exist), else /etc/kxcti/kxcti.conf if it exists, else built-in defaults;
// then --data-dir and --db override. Throws ConfigError / UsageError with a clear message.
ServerConfig resolve_config(const Args& args);

} // namespace kxcti::server
