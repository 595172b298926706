#include "tests/support/stderr_capture.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string_view>
#include <sys/types.h>
#include <unistd.h>

namespace kxcti::test {

StderrCapture::StderrCapture() {
    std::string name = (std::filesystem::temp_directory_path() / "kxcti-stderr-XXXXXX").string();
    file_ = ::mkstemp(name.data());
    if (file_ < 0) throw std::runtime_error("StderrCapture: mkstemp: " + std::string(std::strerror(errno)));
    ::unlink(name.c_str());
    std::fflush(stderr);
    saved_ = ::dup(2);
    ::dup2(file_, 2);
}

StderrCapture::~StderrCapture() {
    std::fflush(stderr);
    ::dup2(saved_, 2);
    ::close(saved_);
    ::close(file_);
}

std::string StderrCapture::text() const {
    std::fflush(stderr);
    std::string out;
    char buf[4096];
    off_t at = 0;
    for (;;) {
        ssize_t n = ::pread(file_, buf, sizeof buf, at);
        if (n <= 0) break;
        out.append(buf, static_cast<std::size_t>(n));
        at += n;
    }
    return out;
}

std::size_t StderrCapture::count_lines(const std::string& needle) const {
    std::string all = text();
    std::size_t n = 0, start = 0;
    while (start < all.size()) {
        std::size_t end = all.find('\n', start);
        if (end == std::string::npos) end = all.size();
        if (std::string_view(all).substr(start, end - start).find(needle) != std::string_view::npos) ++n;
        start = end + 1;
    }
    return n;
}

} // namespace kxcti::test
