#pragma once
// A small JSON reader for test inputs the programs write (kxcti-pbxsim --truth lines): objects,
// arrays, strings with the escapes json_writer produces, numbers, true/false/null. Throws
// std::runtime_error naming the offset on anything else, so a malformed line fails the test.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kxcti::test {

struct Json {
    using Array = std::vector<Json>;
    using Object = std::map<std::string, Json, std::less<>>;
    std::variant<std::monostate, bool, double, std::string, std::shared_ptr<Array>, std::shared_ptr<Object>> v;

    bool is_null() const { return std::holds_alternative<std::monostate>(v); }
    const Json& operator[](std::string_view key) const {
        const auto& o = *std::get<std::shared_ptr<Object>>(v);
        auto it = o.find(key);
        if (it == o.end()) throw std::runtime_error("JSON object has no key " + std::string(key));
        return it->second;
    }
    const Array& array() const { return *std::get<std::shared_ptr<Array>>(v); }
    const std::string& str() const { return std::get<std::string>(v); }
    std::int64_t integer() const { return static_cast<std::int64_t>(std::get<double>(v)); }
    bool boolean() const { return std::get<bool>(v); }
    std::optional<std::string> opt_str() const { return is_null() ? std::nullopt : std::optional(str()); }
    std::optional<std::int64_t> opt_int() const { return is_null() ? std::nullopt : std::optional(integer()); }
};

namespace detail {

class JsonParser {
public:
    explicit JsonParser(std::string_view s) : s_(s) {}

    Json document() {
        Json j = value();
        ws();
        if (i_ != s_.size()) fail("text after the value");
        return j;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error("JSON: " + what + " at offset " + std::to_string(i_));
    }
    void ws() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    }
    bool eat(char c) {
        ws();
        if (i_ < s_.size() && s_[i_] == c) {
            ++i_;
            return true;
        }
        return false;
    }
    void expect(char c) {
        if (!eat(c)) fail(std::string("expected '") + c + "'");
    }
    bool word(std::string_view w) {
        if (s_.substr(i_, w.size()) != w) return false;
        i_ += w.size();
        return true;
    }
    std::string string() {
        expect('"');
        std::string out;
        while (i_ < s_.size() && s_[i_] != '"') {
            char c = s_[i_++];
            if (c != '\\') {
                out.push_back(c);
                continue;
            }
            if (i_ >= s_.size()) fail("cut escape");
            char e = s_[i_++];
            switch (e) {
            case '"': out.push_back('"'); break;
            case '\\': out.push_back('\\'); break;
            case '/': out.push_back('/'); break;
            case 'n': out.push_back('\n'); break;
            case 'r': out.push_back('\r'); break;
            case 't': out.push_back('\t'); break;
            case 'b': out.push_back('\b'); break;
            case 'f': out.push_back('\f'); break;
            case 'u': {
                if (i_ + 4 > s_.size()) fail("cut \\u escape");
                unsigned cp = static_cast<unsigned>(std::stoul(std::string(s_.substr(i_, 4)), nullptr, 16));
                i_ += 4;
                if (cp >= 0x80) fail("\\u escape beyond ASCII (not used by the programs' output)");
                out.push_back(static_cast<char>(cp));
                break;
            }
            default: fail("unknown escape");
            }
        }
        expect('"');
        return out;
    }
    Json value() {
        ws();
        if (i_ >= s_.size()) fail("missing value");
        Json j;
        const char c = s_[i_];
        if (c == '{') {
            ++i_;
            auto o = std::make_shared<Json::Object>();
            if (!eat('}')) {
                do {
                    ws();
                    std::string k = string();
                    expect(':');
                    (*o)[k] = value();
                } while (eat(','));
                expect('}');
            }
            j.v = o;
        } else if (c == '[') {
            ++i_;
            auto a = std::make_shared<Json::Array>();
            if (!eat(']')) {
                do a->push_back(value());
                while (eat(','));
                expect(']');
            }
            j.v = a;
        } else if (c == '"') {
            j.v = string();
        } else if (word("null")) {
        } else if (word("true")) {
            j.v = true;
        } else if (word("false")) {
            j.v = false;
        } else {
            std::size_t used = 0;
            double d = 0;
            try {
                d = std::stod(std::string(s_.substr(i_, 32)), &used);
            } catch (const std::exception&) {
                fail("not a value");
            }
            i_ += used;
            j.v = d;
        }
        return j;
    }

    std::string_view s_;
    std::size_t i_ = 0;
};

} // namespace detail

inline Json parse_json(std::string_view text) { return detail::JsonParser(text).document(); }

} // namespace kxcti::test
