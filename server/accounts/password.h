#pragma once
// Password hashing for client accounts: PBKDF2-HMAC-SHA256 from OpenSSL (never hand-rolled),
// a random salt per password, and the iteration count stored beside the hash so that it can be
// raised later without invalidating old hashes (they are rehashed at the next passwd).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kxcti::server::accounts {

// OWASP's 2023 figure for PBKDF2-HMAC-SHA256: about 0.3 s per login on the 2-core boxes the
// server runs on, which is nothing for a person and ruinous for a guesser.
inline constexpr unsigned kDefaultIterations = 600'000;
// Tests and old hashes may use fewer; fewer than this is no protection at all.
inline constexpr unsigned kMinIterations = 1'000;
inline constexpr std::size_t kSaltBytes = 16;  // NIST SP 800-132: at least 128 bits
inline constexpr std::size_t kHashBytes = 32;  // SHA-256's output size
// A password is typed by a person: 8 characters at least, and a bound so that a client cannot
// make the server hash megabytes.
inline constexpr std::size_t kMinPasswordBytes = 8;
inline constexpr std::size_t kMaxPasswordBytes = 1024;

struct PasswordHash {
    std::vector<unsigned char> salt;
    std::vector<unsigned char> hash;
    unsigned iterations = 0;
};

// A fresh salt from OpenSSL's RAND_bytes. Throws std::runtime_error when OpenSSL fails.
PasswordHash hash_password(std::string_view password, unsigned iterations = kDefaultIterations);

// Compares in constant time (CRYPTO_memcmp). False for a malformed stored hash.
bool verify_password(std::string_view password, const PasswordHash& stored);

// Why a new password is not acceptable, or empty when it is.
std::string password_problem(std::string_view password);

} // namespace kxcti::server::accounts
