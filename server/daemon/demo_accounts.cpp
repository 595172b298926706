#include "server/daemon/demo_accounts.h"

#include "common/site/site.h"

#include <openssl/rand.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <stdexcept>
#include <unistd.h>

namespace kxcti::server {
namespace {

// No 0/O or 1/l/I: the password is read off a terminal and typed again.
constexpr std::string_view kAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

std::string random_password() {
    unsigned char bytes[kDemoPasswordChars];
    if (RAND_bytes(bytes, static_cast<int>(sizeof bytes)) != 1)
        throw std::runtime_error("OpenSSL RAND_bytes failed: no random demo password");
    std::string out;
    // 256 is not a multiple of the alphabet's size: a slight bias, irrelevant at 16 characters.
    for (unsigned char b : bytes) out += kAlphabet[b % kAlphabet.size()];
    return out;
}

void write_private(const std::filesystem::path& path, const std::string& text) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(errno));
    const bool ok = ::fchmod(fd, 0600) == 0 && ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    const int err = errno;
    ::close(fd);
    if (!ok) throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(err));
}

} // namespace

bool seed_demo_site(storage::Connection& db) {
    auto site = site::load(db);
    if (!site.groups.empty() || !site.operators.empty() || !site.channels.empty()) return false;
    site.groups.push_back({kDemoGroup, "Demo office", kDemoExtensions});
    site::save(db, site);
    return true;
}

std::filesystem::path demo_accounts_file(const std::filesystem::path& data_dir) {
    return data_dir / "demo-accounts.txt";
}

std::vector<DemoAccount> create_demo_accounts(accounts::AccountStore& accounts, const std::filesystem::path& data_dir) {
    if (!accounts.list().empty()) return {};
    std::vector<DemoAccount> made{
        {"demo-admin", "admin", "every group", random_password()},
        {"demo-supervisor", "supervisor", std::string("group ") + kDemoGroup, random_password()},
        {"demo-operator", "operator", std::string("group ") + kDemoGroup + ", extensions 401-406", random_password()},
    };
    accounts.add(made[0].name, protocol::Role::Admin, made[0].password, {}, {});
    accounts.add(made[1].name, protocol::Role::Supervisor, made[1].password, {kDemoGroup}, {});
    accounts.add(made[2].name, protocol::Role::Operator, made[2].password, {kDemoGroup}, kDemoExtensions);
    std::string text = "# kxcti-server demo accounts (created by `run` with the simulator): user role password\n";
    for (const auto& a : made) text += a.name + " " + a.role + " " + a.password + "\n";
    write_private(demo_accounts_file(data_dir), text);
    return made;
}

} // namespace kxcti::server
