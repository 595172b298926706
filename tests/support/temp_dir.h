#pragma once
// A fresh directory under the system temp dir, removed with everything in it when the test ends.
#include <filesystem>
#include <string>

namespace kxcti::test {

class ScratchDir {
public:
    explicit ScratchDir(const std::string& prefix = "kxcti-test");
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

// Whole file as bytes; throws std::runtime_error naming the file when it cannot be read.
std::string read_all(const std::filesystem::path& file);
void write_all(const std::filesystem::path& file, const std::string& bytes);

} // namespace kxcti::test
