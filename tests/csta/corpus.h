#pragma once
// Golden bytes for the CSTA tests, read from the verbatim corpus copies in tests/data/csta/.
// A .hex file is '#' comment lines and hex data lines; each data line is one PDU, labelled by
// the '## ' line before it. The unber XML file is rebuilt into bytes here, independently of
// the library's writer, checking every offset the XML states on the way.
#include "common/csta/ber.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace kxcti::test::csta {

using kxcti::csta::Bytes;

inline std::filesystem::path data_dir() { return std::filesystem::path(KXCTI_TEST_DATA_DIR) / "csta"; }

struct Sample {
    std::string label;  // the '## ' line before it, without the '## '
    Bytes bytes;
};

inline std::vector<Sample> load_hex(const std::string& name) {
    std::ifstream in(data_dir() / name);
    if (!in) throw std::runtime_error("cannot read " + (data_dir() / name).string());
    std::vector<Sample> out;
    std::string line, label;
    while (std::getline(in, line)) {
        if (line.rfind("## ", 0) == 0) {
            label = line.substr(3);
            continue;
        }
        if (line.empty() || line[0] == '#') continue;
        auto bytes = kxcti::csta::from_hex(line);
        if (!bytes) throw std::runtime_error(name + ": not hex: " + line);
        out.push_back({label, *bytes});
    }
    return out;
}

// The sample whose label starts with `prefix`; throws if none or several.
inline Bytes sample(const std::string& file, const std::string& prefix) {
    std::optional<Bytes> found;
    for (const auto& s : load_hex(file)) {
        if (s.label.rfind(prefix, 0) != 0) continue;
        if (found) throw std::runtime_error(file + ": several samples labelled " + prefix);
        found = s.bytes;
    }
    if (!found) throw std::runtime_error(file + ": no sample labelled " + prefix);
    return *found;
}

inline Bytes hex_bytes(const std::string& text) {
    auto b = kxcti::csta::from_hex(text);
    if (!b) throw std::runtime_error("bad hex in test: " + text);
    return *b;
}

// Rebuilds the bytes an `unber -p` XML dump describes. Short lengths only (every element of
// the synthetic sample is under 128 bytes); each element's O="offset" is checked.
inline Bytes bytes_from_unber_xml(const std::string& name) {
    std::ifstream in(data_dir() / name);
    if (!in) throw std::runtime_error("cannot read " + name);
    const std::regex open(R"re(^\s*<C O="(\d+)" T="\[([A-Z]+ )?(\d+)\]" TL="(\d+)" V="(\d+)"[^>]*>\s*$)re");
    const std::regex close(R"re(^\s*</C O="(\d+)".*$)re");
    const std::regex prim(R"re(^\s*<P O="(\d+)" T="\[([A-Z]+ )?(\d+)\]" TL="(\d+)" V="(\d+)"[^>]*>(.*)</P>\s*$)re");
    auto tag_byte = [](const std::string& cls, int number, bool constructed) {
        int c = cls.empty() ? 2 : cls == "UNIVERSAL " ? 0 : cls == "APPLICATION " ? 1 : 3;
        if (number >= 31) throw std::runtime_error("multi-byte tag in XML");
        return static_cast<std::uint8_t>(c << 6 | (constructed ? 0x20 : 0) | number);
    };
    struct Open {
        std::uint8_t tag;
        std::size_t declared;
        Bytes content;
    };
    std::vector<Open> stack;
    Bytes done;
    std::size_t offset = 0;
    auto emit = [&](std::uint8_t tag, const Bytes& content) {
        if (content.size() >= 128) throw std::runtime_error("long length in XML");
        Bytes tlv{tag, static_cast<std::uint8_t>(content.size())};
        tlv.insert(tlv.end(), content.begin(), content.end());
        Bytes& target = stack.empty() ? done : stack.back().content;
        target.insert(target.end(), tlv.begin(), tlv.end());
    };
    std::string line;
    std::smatch m;
    while (std::getline(in, line)) {
        if (std::regex_match(line, m, prim)) {
            if (std::stoul(m[1]) != offset) throw std::runtime_error("offset mismatch at " + line);
            Bytes content;
            const std::string body = m[6];
            for (std::size_t i = 0; i < body.size();) {
                if (body.compare(i, 3, "&#x") == 0) {
                    const auto end = body.find(';', i);
                    content.push_back(static_cast<std::uint8_t>(std::stoul(body.substr(i + 3, end - i - 3), nullptr, 16)));
                    i = end + 1;
                } else {
                    content.push_back(static_cast<std::uint8_t>(body[i++]));
                }
            }
            if (content.size() != std::stoul(m[5])) throw std::runtime_error("V mismatch at " + line);
            emit(tag_byte(m[2], std::stoi(m[3]), false), content);
            offset += std::stoul(m[4]) + content.size();
        } else if (std::regex_match(line, m, open)) {
            if (std::stoul(m[1]) != offset) throw std::runtime_error("offset mismatch at " + line);
            stack.push_back({tag_byte(m[2], std::stoi(m[3]), true), std::stoul(m[5]), {}});
            offset += std::stoul(m[4]);
        } else if (std::regex_match(line, m, close)) {
            if (stack.empty() || std::stoul(m[1]) != offset) throw std::runtime_error("bad close at " + line);
            Open o = std::move(stack.back());
            stack.pop_back();
            if (o.content.size() != o.declared) throw std::runtime_error("V mismatch closing " + line);
            emit(o.tag, o.content);
        } else if (line.find_first_not_of(" \t\r") != std::string::npos) {
            throw std::runtime_error("unexpected XML line: " + line);
        }
    }
    if (!stack.empty()) throw std::runtime_error("unclosed element in " + name);
    return done;
}

} // namespace kxcti::test::csta
