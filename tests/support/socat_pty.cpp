#include "tests/support/socat_pty.h"

#include <csignal>
#include <stdexcept>
#include <thread>

namespace kxcti::test {

// socat needs a moment to create its links; this bounds how long a broken setup can stall a test.
inline constexpr auto kSocatStartTimeout = std::chrono::seconds(10);

SocatPty::SocatPty(const std::filesystem::path& dir) : pbx_(dir / "pbx"), server_(dir / "server") {
    // raw,echo=0 on both ends: bytes pass unchanged (no CR/LF translation, no echo back to the PBX).
    socat_ = std::make_unique<ChildProcess>(std::vector<std::string>{
        "socat", "-d", "-d", "pty,raw,echo=0,link=" + pbx_.string(), "pty,raw,echo=0,link=" + server_.string()});
    const auto deadline = std::chrono::steady_clock::now() + kSocatStartTimeout;
    while (!(std::filesystem::exists(pbx_) && std::filesystem::exists(server_))) {
        if (!socat_->running() || std::chrono::steady_clock::now() > deadline)
            throw std::runtime_error("socat did not create the pty pair: " + socat_->err());
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

SocatPty::~SocatPty() {
    socat_->signal(SIGTERM);
    socat_->wait(std::chrono::seconds(5));
}

} // namespace kxcti::test
