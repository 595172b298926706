#include "server/cli/args.h"

namespace kxcti::server {

Args::Args(const std::vector<std::string>& words, const std::set<std::string>& flags) {
    bool only_positional = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (only_positional || w.size() < 3 || w.compare(0, 2, "--") != 0) {
            if (w == "--") {
                only_positional = true;
                continue;
            }
            positional_.push_back(w);
            continue;
        }
        std::string name = w.substr(2);
        std::string value;
        if (auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name.resize(eq);
        } else if (flags.count(name) == 0) {
            if (i + 1 >= words.size())
                throw UsageError("option --" + name + " needs a value");
            value = words[++i];
        }
        options_[name].push_back(value);
    }
}

std::optional<std::string> Args::get(const std::string& name) const {
    auto it = options_.find(name);
    if (it == options_.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Args::all(const std::string& name) const {
    auto it = options_.find(name);
    return it == options_.end() ? std::vector<std::string>{} : it->second;
}

void Args::allow_only(const std::set<std::string>& known) const {
    for (const auto& [name, values] : options_)
        if (known.count(name) == 0) throw UsageError("unknown option --" + name);
}

} // namespace kxcti::server
