#pragma once
// A tiny JSON writer: appends to a caller-owned std::string (reused between lines, so writing
// does not allocate once the buffer has grown). Strings are bytes as a PBX sends them: bytes
// >= 0x80 are read as ISO-8859-1 (the character code a Panasonic PBX offers besides ASCII) and
// written as UTF-8, control characters are escaped, so the output is valid UTF-8 JSON whatever
// the input.
#include <optional>
#include <string>
#include <string_view>

namespace kxcti::json {

void append_string(std::string& out, std::string_view latin1);  // "..." with escapes
void append_int(std::string& out, long long value);

// One object: {"key":value,...}. Method names differ by type on purpose: an overload set would
// turn a string literal into a bool.
class ObjectWriter {
public:
    explicit ObjectWriter(std::string& out) : out_(out) { out_.push_back('{'); }
    ObjectWriter& str(std::string_view key, std::string_view value) {
        append_key(key);
        append_string(out_, value);
        return *this;
    }
    ObjectWriter& str(std::string_view key, const std::string& value) { return str(key, std::string_view(value)); }
    ObjectWriter& str(std::string_view key, const char* value) { return str(key, std::string_view(value)); }
    ObjectWriter& str(std::string_view key, const std::optional<std::string>& value) {
        if (!value) return null(key);
        return str(key, std::string_view(*value));
    }
    ObjectWriter& num(std::string_view key, long long value) {
        append_key(key);
        append_int(out_, value);
        return *this;
    }
    ObjectWriter& num(std::string_view key, const std::optional<int>& value) {
        if (!value) return null(key);
        return num(key, static_cast<long long>(*value));
    }
    ObjectWriter& boolean(std::string_view key, bool value) {
        append_key(key);
        out_.append(value ? "true" : "false");
        return *this;
    }
    ObjectWriter& null(std::string_view key) {
        append_key(key);
        out_.append("null");
        return *this;
    }
    // A value already formatted as JSON (e.g. a string written with append_string).
    ObjectWriter& raw(std::string_view key, std::string_view json) {
        append_key(key);
        out_.append(json);
        return *this;
    }
    void close() { out_.push_back('}'); }

private:
    void append_key(std::string_view key) {
        if (!first_) out_.push_back(',');
        first_ = false;
        append_string(out_, key);
        out_.push_back(':');
    }
    std::string& out_;
    bool first_ = true;
};

} // namespace kxcti::json
