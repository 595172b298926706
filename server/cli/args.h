#pragma once
// Command-line words of one kxcti-server command: positionals and --name value / --name=value
// options. Flags without a value are listed in the command's flag set.
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace kxcti::server {

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Args {
public:
    // words: argv after the command name. flags: options that take no value.
    Args(const std::vector<std::string>& words, const std::set<std::string>& flags);

    const std::vector<std::string>& positional() const { return positional_; }
    std::optional<std::string> get(const std::string& name) const;   // last given value
    std::vector<std::string> all(const std::string& name) const;     // every value given
    bool has(const std::string& name) const { return options_.count(name) != 0; }
    // Throws UsageError naming the first option not in `known`.
    void allow_only(const std::set<std::string>& known) const;

private:
    std::vector<std::string> positional_;
    std::map<std::string, std::vector<std::string>> options_;
};

} // namespace kxcti::server
