// Accounts apart from the network: password hashes, the account table and its migration,
// rate limits on a manual clock, seats.
#include "common/storage/schema.h"
#include "server/accounts/account_store.h"
#include "server/accounts/login_limiter.h"
#include "server/accounts/seats.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using namespace kxcti::server::accounts;
using protocol::Role;

namespace {
constexpr unsigned kFast = kMinIterations;

std::int64_t count(storage::Connection& db, const std::string& sql) {
    storage::Statement s(db, sql, "counting");
    s.step();
    return s.column_int64(0);
}
} // namespace

TEST_CASE("PBKDF2 hashes: salted, verified in constant time, the iteration count kept") {
    const auto a = hash_password("correct horse", kFast);
    const auto b = hash_password("correct horse", kFast);
    CHECK(a.salt.size() == kSaltBytes);
    CHECK(a.hash.size() == kHashBytes);
    CHECK(a.iterations == kFast);
    CHECK(a.salt != b.salt);
    CHECK(a.hash != b.hash);
    CHECK(verify_password("correct horse", a));
    CHECK_FALSE(verify_password("correct horsE", a));
    CHECK_FALSE(verify_password("", a));
    auto broken = a;
    broken.hash.pop_back();
    CHECK_FALSE(verify_password("correct horse", broken));
    // RFC 7914 section 11, PBKDF2-HMAC-SHA256 with P = "Password", S = "NaCl", c = 80000: the
    // first 32 bytes of its derived key. Proves the hash is the standard one, not a look-alike.
    const std::vector<unsigned char> nacl{'N', 'a', 'C', 'l'};
    const std::vector<unsigned char> expected{0x4d, 0xdc, 0xd8, 0xf6, 0x0b, 0x98, 0xbe, 0x21, 0x83, 0x0c, 0xee,
                                              0x5e, 0xf2, 0x27, 0x01, 0xf9, 0x64, 0x1a, 0x44, 0x18, 0xd0, 0x4c,
                                              0x04, 0x14, 0xae, 0xff, 0x08, 0x87, 0x6b, 0x34, 0xab, 0x56};
    CHECK(verify_password("Password", PasswordHash{nacl, expected, 80000}));
    CHECK_FALSE(verify_password("password", PasswordHash{nacl, expected, 80000}));
    CHECK(password_problem("short") == "the password is 5 characters long; use at least 8");
    CHECK(password_problem("line\nbreak") == "the password contains a line break or NUL byte");
    CHECK(password_problem("long enough").empty());
}

TEST_CASE("schema v4: a v3 database gains the account tables and the caller index, rows intact") {
    test::ScratchDir dir;
    {
        storage::Connection db(dir / "old.db");
        storage::apply_pragmas(db);
        storage::migrate(db, 3);
        db.exec("INSERT INTO links(id, name) VALUES (1, 'pbx');"
                "INSERT INTO journal VALUES (1, 1, 5, X'41', 0, 0, NULL, 1, NULL);"
                "INSERT INTO smdr_record(journal_id, layout, caller, time_is_start, direction, transferred) "
                "VALUES (1, 3, '0123', 0, 1, 0);"
                "INSERT INTO site_group VALUES ('601', 'Sales');",
                "filling v3");
    }
    auto db = storage::open_database(dir / "old.db");
    CHECK(storage::schema_version(db) >= 4);
    CHECK(std::string(storage::migrations()[3].description) == "client accounts; caller index for look-ups");
    CHECK(count(db, "SELECT COUNT(*) FROM sqlite_schema WHERE name IN ('account', 'account_scope', "
                    "'smdr_record_caller')") == 3);
    CHECK(count(db, "SELECT COUNT(*) FROM smdr_record WHERE caller = '0123'") == 1);
    CHECK(count(db, "SELECT COUNT(*) FROM site_group") == 1);
    // The caller look-up uses the index.
    storage::Statement plan(db, "EXPLAIN QUERY PLAN SELECT * FROM smdr_record WHERE caller = '0123'", "plan");
    REQUIRE(plan.step());
    CHECK(std::string(plan.column_text(3)).find("smdr_record_caller") != std::string::npos);
}

TEST_CASE("accounts: add, find case-insensitively, change, delete, with clear refusals") {
    test::ScratchDir dir;
    auto db = storage::open_database(dir / "kxcti.db");
    ManualClock clock(from_unix_us(1'000'000));
    AccountStore store(db, clock);
    store.add("anna", Role::Supervisor, "password1", {"602", "601", "601"}, {}, kFast);
    store.add("op.1", Role::Operator, "password2", {}, {"101"}, kFast);
    store.add("root", Role::Admin, "password3", {}, {}, kFast);

    auto anna = store.find("ANNA");
    REQUIRE(anna);
    CHECK(anna->name == "anna");
    CHECK(anna->role == Role::Supervisor);
    CHECK(anna->groups == std::vector<std::string>{"601", "602"});
    CHECK(verify_password("password1", anna->password));
    CHECK_FALSE(store.find("nobody"));

    auto names = [&] {
        std::vector<std::string> out;
        for (const auto& a : store.list()) out.push_back(a.name + ":" + std::string(role_name(a.role)));
        return out;
    };
    CHECK(names() == std::vector<std::string>{"anna:supervisor", "op.1:operator", "root:admin"});

    store.set_password("anna", "new password", kFast);
    CHECK(verify_password("new password", store.find("anna")->password));
    store.set_scope("anna", Role::Supervisor, {"603"}, {"150"});
    CHECK(store.find("anna")->groups == std::vector<std::string>{"603"});
    CHECK(store.find("anna")->extensions == std::vector<std::string>{"150"});
    store.remove("op.1");
    CHECK(names() == std::vector<std::string>{"anna:supervisor", "root:admin"});
    CHECK(count(db, "SELECT COUNT(*) FROM account_scope") == 2);  // op.1's went with it

    auto refused = [&](auto&& action, const std::string& message) {
        try {
            action();
            FAIL("accepted");
        } catch (const AccountError& e) {
            CHECK(std::string(e.what()) == message);
        }
    };
    refused([&] { store.add("Anna", Role::Admin, "password1", {}, {}, kFast); },
            "user Anna already exists (kxcti-server user passwd or del)");
    refused([&] { store.add("bad name", Role::Admin, "password1", {}, {}, kFast); },
            "user name 'bad name': use 1 to 64 letters, digits and . _ - @");
    refused([&] { store.add("op2", Role::Operator, "password1", {}, {}, kFast); },
            "user op2: an operator is bound to their extension(s); give --ext NUMBER");
    refused([&] { store.add("root2", Role::Admin, "password1", {"601"}, {}, kFast); },
            "user root2: an admin sees every group and extension; give no --group or --ext");
    refused([&] { store.add("sup", Role::Supervisor, "password1", {"6 01"}, {}, kFast); },
            "group '6 01': give the number as the PBX prints it (digits, at most 16)");
    refused([&] { store.add("sup", Role::Supervisor, "short", {"601"}, {}, kFast); },
            "the password is 5 characters long; use at least 8");
    refused([&] { store.remove("ghost"); }, "no user ghost (kxcti-server user list shows who exists)");
    refused([&] { store.set_password("ghost", "password1", kFast); },
            "no user ghost (kxcti-server user list shows who exists)");
}

TEST_CASE("scopes: admins see all, supervisors their groups, a desk extension narrows to itself") {
    Account sup{1, "anna", Role::Supervisor, {"601"}, {}, {}};
    auto s = scope_of(sup);
    CHECK(s.sees("", "601"));
    CHECK(s.sees("101", "601"));
    CHECK_FALSE(s.sees("201", "602"));
    CHECK_FALSE(s.sees("101", ""));
    CHECK(s.sees_group("601"));
    CHECK_FALSE(s.sees_group(""));
    Account op{2, "op", Role::Operator, {}, {"101", "102"}, {}};
    auto desk = scope_of(op, "101");
    CHECK(desk.sees("101", "601"));
    CHECK_FALSE(desk.sees("102", "601"));
    CHECK(scope_of(op).sees("102", ""));
    Account admin{3, "root", Role::Admin, {}, {}, {}};
    CHECK(scope_of(admin).sees("", ""));
    CHECK(scope_of(admin).sees_group(""));
    CHECK_FALSE(scope_of(admin, "100").sees("101", "601"));
}

TEST_CASE("login limits on a manual clock: per address per minute, per user failures per 15 minutes") {
    ManualClock clock(from_unix_us(0));
    LoginLimiter limiter({3, 2}, clock);
    CHECK_FALSE(limiter.admit_address("192.0.2.1"));
    clock.advance(std::chrono::seconds(10));
    CHECK_FALSE(limiter.admit_address("192.0.2.1"));
    CHECK_FALSE(limiter.admit_address("192.0.2.1"));
    CHECK(limiter.admit_address("192.0.2.1") == std::chrono::seconds(50));
    CHECK_FALSE(limiter.admit_address("192.0.2.2"));
    clock.advance(std::chrono::seconds(50));
    CHECK_FALSE(limiter.admit_address("192.0.2.1"));  // the first attempt left the window

    CHECK_FALSE(limiter.user_locked("Anna"));
    limiter.failed("anna");
    clock.advance(std::chrono::seconds(100));
    limiter.failed("ANNA");
    CHECK(limiter.user_locked("anna") == std::chrono::seconds(800));
    clock.advance(std::chrono::seconds(800));
    CHECK_FALSE(limiter.user_locked("anna"));
    limiter.failed("anna");
    CHECK(limiter.user_locked("anna") == std::chrono::seconds(100));
    limiter.succeeded("anna");
    CHECK_FALSE(limiter.user_locked("anna"));
}

TEST_CASE("a login storm with random names cannot grow the limiter past its bound") {
    ManualClock clock(from_unix_us(0));
    LoginLimiter limiter({1000, 5}, clock);
    for (std::size_t i = 0; i < kMaxTrackedKeys + 500; ++i) {
        limiter.failed("user" + std::to_string(i));
        limiter.admit_address("10.0." + std::to_string(i / 256) + "." + std::to_string(i % 256));
    }
    // The newest are still counted; the oldest were forgotten to make room.
    limiter.failed("user" + std::to_string(kMaxTrackedKeys + 499));
    for (int i = 0; i < 3; ++i) limiter.failed("user" + std::to_string(kMaxTrackedKeys + 499));
    CHECK(limiter.user_locked("user" + std::to_string(kMaxTrackedKeys + 499)));
    CHECK_FALSE(limiter.user_locked("user0"));
}

TEST_CASE("seats: tickets count, refuse when full, and give the seat back when dropped") {
    Seats seats(1, 2);
    auto s1 = seats.take(SeatKind::Supervisor);
    REQUIRE(s1);
    CHECK(s1->number() == 1);
    CHECK_FALSE(seats.take(SeatKind::Supervisor));
    auto c1 = seats.take(SeatKind::CallerId);
    auto c2 = seats.take(SeatKind::CallerId);
    CHECK(c2->number() == 2);
    CHECK_FALSE(seats.take(SeatKind::CallerId));
    CHECK(seats.in_use(SeatKind::CallerId) == 2);
    c1.reset();
    CHECK(seats.in_use(SeatKind::CallerId) == 1);
    auto moved = std::move(*c2);
    c2.reset();
    CHECK(seats.in_use(SeatKind::CallerId) == 1);
    CHECK(seat_for(protocol::ClientKind::Cli, Role::Admin) == std::nullopt);
    CHECK(seat_for(protocol::ClientKind::Cli, Role::Operator) == SeatKind::CallerId);
    CHECK(seat_for(protocol::ClientKind::Cli, Role::Supervisor) == SeatKind::Supervisor);
    CHECK(seat_for(protocol::ClientKind::CallerId, Role::Admin) == SeatKind::CallerId);
}
