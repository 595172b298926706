#include "server/accounts/password.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <stdexcept>

namespace kxcti::server::accounts {
namespace {

std::vector<unsigned char> derive(std::string_view password, const std::vector<unsigned char>& salt,
                                  unsigned iterations) {
    std::vector<unsigned char> out(kHashBytes);
    if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(),
                          static_cast<int>(salt.size()), static_cast<int>(iterations), EVP_sha256(),
                          static_cast<int>(out.size()), out.data()) != 1)
        throw std::runtime_error("OpenSSL PBKDF2 failed: cannot hash the password");
    return out;
}

} // namespace

PasswordHash hash_password(std::string_view password, unsigned iterations) {
    if (iterations < kMinIterations) throw std::invalid_argument("PBKDF2 iteration count too low");
    if (password.size() > kMaxPasswordBytes) throw std::invalid_argument("password too long");
    PasswordHash h;
    h.iterations = iterations;
    h.salt.resize(kSaltBytes);
    if (RAND_bytes(h.salt.data(), static_cast<int>(h.salt.size())) != 1)
        throw std::runtime_error("OpenSSL RAND_bytes failed: no random salt for the password");
    h.hash = derive(password, h.salt, iterations);
    return h;
}

bool verify_password(std::string_view password, const PasswordHash& stored) {
    if (stored.hash.size() != kHashBytes || stored.salt.empty() || stored.iterations < kMinIterations ||
        password.size() > kMaxPasswordBytes)
        return false;
    const auto candidate = derive(password, stored.salt, stored.iterations);
    return CRYPTO_memcmp(candidate.data(), stored.hash.data(), kHashBytes) == 0;
}

std::string password_problem(std::string_view password) {
    if (password.size() < kMinPasswordBytes)
        return "the password is " + std::to_string(password.size()) + " characters long; use at least " +
               std::to_string(kMinPasswordBytes);
    if (password.size() > kMaxPasswordBytes)
        return "the password is longer than " + std::to_string(kMaxPasswordBytes) + " bytes";
    for (char c : password)
        if (c == '\n' || c == '\r' || c == '\0') return "the password contains a line break or NUL byte";
    return {};
}

} // namespace kxcti::server::accounts
