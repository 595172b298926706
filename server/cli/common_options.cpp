#include "server/cli/common_options.h"

#include <filesystem>

namespace kxcti::server {

ServerConfig resolve_config(const Args& args) {
    ServerConfig config;
    if (auto file = args.get("config")) {
        if (!std::filesystem::exists(*file)) throw ConfigError("config file " + *file + " does not exist");
        config = load_config(*file);
    } else if (std::filesystem::exists(kDefaultConfigPath)) {
        config = load_config(kDefaultConfigPath);
    } else {
        config = default_config();
    }
    if (auto dir = args.get("data-dir")) {
        bool db_followed_dir = config.db_path == config.data_dir / "kxcti.db";
        config.data_dir = *dir;
        if (db_followed_dir) config.db_path = config.data_dir / "kxcti.db";
    }
    if (auto db = args.get("db")) config.db_path = *db;
    return config;
}

} // namespace kxcti::server
