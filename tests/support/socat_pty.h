#pragma once
// A pair of connected pseudo-terminals made by a real socat process, for serial link tests:
// the simulator (the "PBX") writes to one end, the server's serial link opens the other.
#include "tests/support/child_process.h"

#include <filesystem>
#include <memory>

namespace kxcti::test {

class SocatPty {
public:
    // Creates `dir`/pbx and `dir`/server as symlinks to the two ptys; waits until both exist.
    // Throws std::runtime_error (with socat's stderr) if socat is missing or fails.
    explicit SocatPty(const std::filesystem::path& dir);
    ~SocatPty();

    const std::filesystem::path& pbx_end() const { return pbx_; }
    const std::filesystem::path& server_end() const { return server_; }

private:
    std::filesystem::path pbx_;
    std::filesystem::path server_;
    std::unique_ptr<ChildProcess> socat_;
};

} // namespace kxcti::test
