// The LAN login state machine on its own: pure, so every split of the PBX's bytes is tried.
#include "server/links/lan_login.h"

#include <catch2/catch.hpp>

#include <functional>
#include <vector>

using namespace kxcti::server;
using Outcome = LoginStep::Outcome;

namespace {

struct Result {
    std::string sent;         // everything the client wrote
    Outcome outcome = Outcome::NeedMore;
    std::string data;         // bytes handed on as records
    std::string reason;
};

// Feeds `pbx` to a fresh LanLogin in the given chunks (cut points) and collects the result.
Result run(const std::string& pbx, const std::vector<std::size_t>& cuts, const std::string& password = "PCCSMDR") {
    LanLogin login("SMDR", password);
    Result r;
    std::size_t at = 0;
    std::vector<std::size_t> ends = cuts;
    ends.push_back(pbx.size());
    for (std::size_t end : ends) {
        LoginStep step = login.feed(std::string_view(pbx).substr(at, end - at));
        at = end;
        r.sent += step.send;
        if (step.outcome == Outcome::Rejected) {
            r.outcome = Outcome::Rejected;
            r.reason = step.reason;
            break;
        }
        if (step.outcome == Outcome::LoggedIn) r.outcome = Outcome::LoggedIn;
        r.data += step.data;
    }
    return r;
}

// The same at every single cut point and at every byte.
void for_every_split(const std::string& pbx, const std::function<void(const Result&)>& check) {
    for (std::size_t cut = 0; cut <= pbx.size(); ++cut) {
        INFO("cut at " << cut);
        check(run(pbx, {cut}));
    }
    std::vector<std::size_t> every;
    for (std::size_t i = 1; i < pbx.size(); ++i) every.push_back(i);
    INFO("a byte at a time");
    check(run(pbx, every));
}

} // namespace

TEST_CASE("lan login: the dialogue of the reference, split anywhere, hands on the records exactly") {
    const std::string records = "\f  Date     Time   Ext\r\n08/01/24 09:03   401\r\n";
    for_every_split("-Enter Password:" + records, [&](const Result& r) {
        CHECK(r.sent == "SMDR\rPCCSMDR\r");
        CHECK(r.outcome == Outcome::LoggedIn);
        CHECK(r.data == records);
    });
}

TEST_CASE("lan login: a page header's leading spaces and a first blank line are records, not dialogue") {
    // The prompt's ':' and the spaces right after it are the prompt's; what follows the password
    // is the PBX's output, kept byte for byte.
    for (const std::string& records : {std::string("  Date     Time\r\n"), std::string("\r\n  Date\r\n"),
                                      std::string("\r\n\r\n08/01/24\r\n")}) {
        LanLogin login("SMDR", "pw");
        CHECK(login.feed("-").send == "SMDR\r");
        auto prompt = login.feed("\r\nEnter Password: ");
        CHECK(prompt.send == "pw\r");
        CHECK(login.password_sent());
        auto step = login.feed(records);
        CHECK(step.outcome == Outcome::LoggedIn);
        CHECK(step.data == records);
    }
}

TEST_CASE("lan login: a prompt without the dash first is answered") {
    for_every_split("Enter Password:\r\n08/01/24\r\n", [](const Result& r) {
        CHECK(r.sent == "PCCSMDR\r");
        CHECK(r.outcome == Outcome::LoggedIn);
        CHECK(r.data == "\r\n08/01/24\r\n");
    });
}

TEST_CASE("lan login: the password asked again means a wrong password") {
    for_every_split("-Enter Password:\r\nEnter Password:", [](const Result& r) {
        CHECK(r.sent == "SMDR\rPCCSMDR\r");
        CHECK(r.outcome == Outcome::Rejected);
        CHECK(r.reason == kLoginWrongPassword);
    });
}

TEST_CASE("lan login: Rejected at any point before the records") {
    for (const std::string& pbx : std::vector<std::string>{"Rejected\r\n", "-Rejected\r\n", "-Enter Password:Rejected\r\n",
                                  "-Enter Password:\r\n  Rejected\r\n"}) {
        INFO(pbx);
        for_every_split(pbx, [](const Result& r) {
            CHECK(r.outcome == Outcome::Rejected);
            CHECK(r.reason == kLoginRejected);
            CHECK(r.reason.find("PCCSMDR") == std::string::npos);
        });
    }
}

TEST_CASE("lan login: bytes that are no prompt are counted and skipped, a repeated dash is not answered twice") {
    LanLogin login("SMDR", "pw");
    auto step = login.feed("xyz-");
    CHECK(step.send == "SMDR\r");
    CHECK(login.ignored_bytes() == 3);
    step = login.feed("-");
    CHECK(step.send.empty());
    step = login.feed("Enter Password:");
    CHECK(step.send == "pw\r");
    CHECK(login.ignored_bytes() == 3);
}

TEST_CASE("lan login: after the verdict, every later byte is data, after a rejection, nothing is") {
    LanLogin login("SMDR", "pw");
    login.feed("-Enter Password:");
    CHECK(login.feed("08").outcome == Outcome::LoggedIn);
    CHECK(login.done());
    auto later = login.feed("Rejected\r\n");
    CHECK(later.outcome == Outcome::LoggedIn);
    CHECK(later.data == "Rejected\r\n");

    LanLogin refused("SMDR", "pw");
    CHECK(refused.feed("Rejected").outcome == Outcome::Rejected);
    CHECK(refused.feed("08/01/24\r\n").outcome == Outcome::Rejected);
}
