// kxcti-server user, as an admin runs it: the real program on a real database file.
#include "common/storage/schema.h"
#include "common/util/clock.h"
#include "server/accounts/account_store.h"
#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

using kxcti::test::run_program;
using kxcti::test::ScratchDir;

namespace {
kxcti::test::RunResult user(const ScratchDir& dir, std::vector<std::string> words, const std::string& input = {}) {
    std::vector<std::string> argv{KXCTI_SERVER_EXE, "user"};
    argv.insert(argv.end(), words.begin(), words.end());
    argv.push_back("--db");
    argv.push_back((dir / "data" / "kxcti.db").string());
    return run_program(argv, input);
}
} // namespace

TEST_CASE("user add, list, passwd, set and del round trip on the database") {
    ScratchDir dir;
    auto add = user(dir, {"add", "anna", "--role", "supervisor", "--group", "601,602"}, "first pass\n");
    INFO(add.err);
    REQUIRE(add.status == 0);
    CHECK(add.out == "user anna added: supervisor; groups 601,602\n");
    REQUIRE(user(dir, {"add", "op", "--role", "operator", "--ext", "101", "--ext", "102"}, "operator pw\n").status == 0);

    auto list = user(dir, {"list"});
    REQUIRE(list.status == 0);
    CHECK(list.out ==
          "name                 role        groups          extensions\n"
          "anna                 supervisor  601,602         -\n"
          "op                   operator    -               101,102\n");

    auto passwd = user(dir, {"passwd", "anna"}, "second pass\r\n");
    REQUIRE(passwd.status == 0);
    CHECK(passwd.out == "password of anna changed\n");
    {
        auto db = kxcti::storage::open_database(dir / "data" / "kxcti.db");
        kxcti::RealClock clock;
        kxcti::server::accounts::AccountStore store(db, clock);
        auto anna = store.find("anna");
        REQUIRE(anna);
        CHECK(kxcti::server::accounts::verify_password("second pass", anna->password));
        CHECK_FALSE(kxcti::server::accounts::verify_password("first pass", anna->password));
        CHECK(anna->password.iterations == kxcti::server::accounts::kDefaultIterations);
    }
    auto set = user(dir, {"set", "anna", "--role", "supervisor", "--group", "603"});
    CHECK(set.out == "user anna: supervisor; groups 603\n");

    auto del = user(dir, {"del", "op"});
    REQUIRE(del.status == 0);
    CHECK(del.out == "user op deleted (a session already open ends when its client closes)\n");
    CHECK(user(dir, {"list"}).out ==
          "name                 role        groups          extensions\n"
          "anna                 supervisor  603             -\n");
}

TEST_CASE("user: mistakes are refused with what to do, and a password never comes from argv") {
    ScratchDir dir;
    auto on_argv = user(dir, {"add", "anna", "--role", "admin", "--password", "secret123"});
    CHECK(on_argv.status == 2);
    CHECK(on_argv.err == "kxcti-server user: unknown option --password (see kxcti-server user --help)\n");
    auto role = user(dir, {"add", "anna", "--role", "boss"}, "password1\n");
    CHECK(role.status == 2);
    CHECK(role.err == "kxcti-server user: --role 'boss' is not admin, supervisor or operator (see kxcti-server user "
                      "--help)\n");
    auto weak = user(dir, {"add", "anna", "--role", "admin"}, "short\n");
    CHECK(weak.status == 1);
    // (The first command to open the database also logs its creation.)
    CHECK_THAT(weak.err, Catch::EndsWith("\nkxcti-server user: the password is 5 characters long; use at least 8\n"));
    auto none = user(dir, {"add", "anna", "--role", "admin"});
    CHECK(none.status == 1);
    CHECK(none.err == "kxcti-server user: no password on standard input; nothing changed\n");
    auto ghost = user(dir, {"passwd", "ghost"}, "password1\n");
    CHECK(ghost.status == 1);
    CHECK(ghost.err == "kxcti-server user: no user ghost (kxcti-server user list shows who exists)\n");
    auto empty = user(dir, {"list"});
    CHECK(empty.out == "no users yet: kxcti-server user add NAME --role admin\n");
}
