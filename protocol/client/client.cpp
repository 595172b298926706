#include "protocol/client/client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/write.hpp>

#include <openssl/ssl.h>

namespace kxcti::protocol::client {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

std::string name_of(const Message& m) { return std::string(message_name(static_cast<std::uint16_t>(message_type(m)))); }

template <class T>
std::uint32_t request_of(const Message& m) {
    if (auto* t = std::get_if<T>(&m)) return t->request_id;
    return 0;
}

} // namespace

void Client::run_until(const bool& done, Clock::time_point deadline) {
    // run_one_until returns 0 both at the deadline and when the context ran out of work (and
    // then stays stopped until restarted): restart before every wait.
    io_.restart();
    while (!done && io_.run_one_until(deadline) > 0) {}
}

struct Client::Stream {
    explicit Stream(asio::io_context& io) { plain.emplace(io); }
    std::optional<tcp::socket> plain;                // until TLS takes the socket over
    std::optional<asio::ssl::stream<tcp::socket>> tls;
    tcp::socket& socket() { return tls ? tls->next_layer() : *plain; }
    const tcp::socket& socket() const { return tls ? tls->next_layer() : *plain; }
    bool read_pending = false;
    bool read_done = false;
    std::size_t read_n = 0;
    boost::system::error_code read_ec;
};

Client::Client(ClientOptions options) : options_(std::move(options)) {}

Client::~Client() { close(); }

bool Client::connected() const { return stream_ && stream_->socket().is_open(); }

Welcome Client::connect() {
    const auto deadline = Clock::now() + options_.timeout;
    const std::string where = options_.host + ":" + std::to_string(options_.port);
    stream_ = std::make_unique<Stream>(io_);
    boost::system::error_code ec;
    bool done = false;
    tcp::resolver resolver(io_);
    tcp::resolver::results_type endpoints;
    resolver.async_resolve(options_.host, std::to_string(options_.port),
                           [&](const boost::system::error_code& e, tcp::resolver::results_type r) {
                               ec = e;
                               endpoints = std::move(r);
                               done = true;
                           });
    run_until(done, deadline);
    if (!done) {
        resolver.cancel();
        io_.restart();
        io_.run();  // the handler refers to this frame: let it finish before leaving
        throw ClientError(ClientError::Kind::Timeout, "cannot resolve " + options_.host + ": timed out");
    }
    if (ec) throw ClientError(ClientError::Kind::Network, "cannot resolve " + options_.host + ": " + ec.message());
    done = false;
    asio::async_connect(*stream_->plain, endpoints, [&](const boost::system::error_code& e, const tcp::endpoint&) {
        ec = e;
        done = true;
    });
    run_until(done, deadline);
    if (!done) {
        stream_->plain->close();
        io_.restart();
        io_.run();
        throw ClientError(ClientError::Kind::Timeout, "cannot connect to " + where + ": timed out");
    }
    if (ec)
        throw ClientError(ClientError::Kind::Network, "cannot connect to " + where + ": " + ec.message() +
                                                          " (is kxcti-server running there, [clients] enabled?)");
    stream_->plain->set_option(tcp::no_delay(true));
    if (options_.tls) {
        tls_ = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_client);
        if (options_.verify) {
            tls_->set_verify_mode(asio::ssl::verify_peer);
            if (options_.ca_file.empty())
                tls_->set_default_verify_paths();
            else
                tls_->load_verify_file(options_.ca_file);
            tls_->set_verify_callback(asio::ssl::host_name_verification(options_.host));
        }
        stream_->tls.emplace(std::move(*stream_->plain), *tls_);
        stream_->plain.reset();
        SSL_set_tlsext_host_name(stream_->tls->native_handle(), options_.host.c_str());
        done = false;
        stream_->tls->async_handshake(asio::ssl::stream_base::client, [&](const boost::system::error_code& e) {
            ec = e;
            done = true;
        });
        run_until(done, deadline);
        if (!done) {
            stream_->socket().close();
            io_.restart();
            io_.run();
        }
        if (!done || ec)
            throw ClientError(ClientError::Kind::Network,
                              "TLS with " + where + " failed: " + (done ? ec.message() : std::string("timed out")) +
                                  (options_.verify ? " (is the server's certificate trusted? --ca FILE)" : ""));
    }
    std::vector<std::string> features;
    if (options_.live) features.emplace_back(kFeatureLive);
    const Hello hello = make_hello(options_.kind, options_.client_version, features);
    send(hello);
    auto answer = read_message(deadline);
    if (!answer) throw ClientError(ClientError::Kind::Timeout, where + " did not answer the handshake");
    if (auto* refused = std::get_if<Refused>(&*answer))
        throw ClientError(ClientError::Kind::Refused, "the server refused the connection: " + refused->text);
    auto* welcome = std::get_if<Welcome>(&*answer);
    if (!welcome) throw ClientError(ClientError::Kind::Protocol, "the server answered Hello with " + name_of(*answer));
    if (auto fault = check_welcome(hello, *welcome)) throw ClientError(ClientError::Kind::Protocol, *fault);
    version_ = welcome->version;
    reader_.set_accepted({version_, version_});
    return *welcome;
}

LoginOk Client::login(const std::string& user, const std::string& password, const std::string& extension) {
    send(Login{user, password, extension});
    auto answer = read_message(Clock::now() + options_.timeout);
    if (!answer) throw ClientError(ClientError::Kind::Timeout, "the server did not answer the login");
    if (auto* refused = std::get_if<LoginRefused>(&*answer)) {
        ClientError e(ClientError::Kind::LoginRefused, "login refused: " + refused->text);
        e.login_refusal = refused->code;
        throw e;
    }
    if (std::holds_alternative<Goodbye>(*answer)) ended(*answer);
    auto* ok = std::get_if<LoginOk>(&*answer);
    if (!ok) throw ClientError(ClientError::Kind::Protocol, "the server answered Login with " + name_of(*answer));
    return *ok;
}

void Client::send(const Message& m) {
    if (!stream_ || !stream_->socket().is_open()) throw ClientError(ClientError::Kind::Network, "not connected");
    auto frame = encode_message(m, version_);
    if (!frame) throw ClientError(ClientError::Kind::Protocol, frame.text);
    boost::system::error_code ec;
    bool done = false;
    auto handler = [&](const boost::system::error_code& e, std::size_t) {
        ec = e;
        done = true;
    };
    if (stream_->tls)
        asio::async_write(*stream_->tls, asio::buffer(*frame.value), handler);
    else
        asio::async_write(*stream_->plain, asio::buffer(*frame.value), handler);
    io_.restart();
    const auto deadline = Clock::now() + options_.timeout;
    run_until(done, deadline);
    if (!done) {
        close();
        throw ClientError(ClientError::Kind::Timeout, "the server does not take what this client sends");
    }
    if (ec) throw ClientError(ClientError::Kind::Network, "sending to the server failed: " + ec.message());
    last_sent_ = Clock::now();
}

std::optional<Message> Client::read_message(Clock::time_point deadline) {
    if (!stream_) throw ClientError(ClientError::Kind::Network, "not connected");
    auto& s = *stream_;
    while (true) {
        if (s.read_done) {
            s.read_done = false;
            s.read_pending = false;
            if (s.read_ec) {
                const auto text = s.read_ec == asio::error::eof ? std::string("the server closed the connection")
                                                                : "reading from the server failed: " + s.read_ec.message();
                throw ClientError(ClientError::Kind::Network, text);
            }
            reader_.commit(s.read_n);
        }
        auto r = reader_.next();
        if (r.status == DecodeStatus::Error) throw ClientError(ClientError::Kind::Protocol, "from the server: " + r.text);
        if (r.status == DecodeStatus::Ok) {
            auto m = decode_message(r.frame);
            if (!m) throw ClientError(ClientError::Kind::Protocol, "from the server: " + m.text);
            last_flags_ = r.frame.flags;
            return std::move(*m.value);
        }
        if (!s.read_pending) {
            // The span stays valid until this read completes: nothing else touches the reader.
            auto space = reader_.prepare();
            s.read_pending = true;
            auto handler = [&s](const boost::system::error_code& e, std::size_t n) {
                s.read_ec = e;
                s.read_n = n;
                s.read_done = true;
            };
            if (s.tls)
                s.tls->async_read_some(asio::buffer(space.data(), space.size()), handler);
            else
                s.plain->async_read_some(asio::buffer(space.data(), space.size()), handler);
        }
        run_until(s.read_done, deadline);
        if (!s.read_done) return std::nullopt;  // the read stays pending for the next call
    }
}

void Client::keep_alive() {
    if (Clock::now() - last_sent_ >= kPingEvery) send(Ping{0});
}

void Client::ended(const Message& m) {
    if (auto* bye = std::get_if<Goodbye>(&m)) throw ClientError(ClientError::Kind::Goodbye, "the server said goodbye: " + bye->text);
    throw ClientError(ClientError::Kind::Protocol, "unexpected " + name_of(m));
}

std::optional<Message> Client::next(std::chrono::milliseconds timeout) {
    if (!buffered_.empty()) {
        Message m = std::move(buffered_.front());
        buffered_.pop_front();
        return m;
    }
    const auto deadline = Clock::now() + timeout;
    while (true) {
        keep_alive();
        auto m = read_message(std::min(deadline, last_sent_ + kPingEvery));
        if (!m) {
            if (Clock::now() >= deadline) return std::nullopt;
            continue;  // time to ping
        }
        if (std::holds_alternative<Goodbye>(*m)) ended(*m);
        if (std::holds_alternative<Pong>(*m)) continue;
        return m;
    }
}

Message Client::await(std::uint32_t request_id, const std::function<bool(const Message&)>& is_answer) {
    while (true) {
        keep_alive();
        auto m = read_message(Clock::now() + options_.timeout);
        if (!m) throw ClientError(ClientError::Kind::Timeout, "the server did not answer in time");
        if (auto* failed = std::get_if<RequestFailed>(&*m); failed && failed->request_id == request_id)
            throw ClientError(ClientError::Kind::RequestFailed, failed->text);
        if (is_answer(*m)) return std::move(*m);
        if (std::holds_alternative<Goodbye>(*m)) ended(*m);
        if (std::holds_alternative<Pong>(*m)) continue;
        if (buffered_.size() >= kMaxBufferedEvents) buffered_.pop_front();
        buffered_.push_back(std::move(*m));
    }
}

std::vector<ReportInfo> Client::catalog() {
    const auto id = next_request_++;
    send(ReportCatalogRequest{id});
    auto m = await(id, [id](const Message& m) { return request_of<ReportCatalog>(m) == id; });
    return std::get<ReportCatalog>(m).reports;
}

ReportDone Client::report(const std::string& name, const std::vector<ReportParam>& params, const ReportHandlers& out) {
    const auto id = next_request_++;
    send(ReportRequest{id, name, params});
    while (true) {
        auto m = await(id, [id](const Message& m) {
            return request_of<ReportColumns>(m) == id || request_of<ReportRows>(m) == id ||
                   request_of<ReportProgress>(m) == id || request_of<ReportDone>(m) == id;
        });
        if (auto* c = std::get_if<ReportColumns>(&m)) {
            if (out.columns) out.columns(c->columns);
        } else if (auto* r = std::get_if<ReportRows>(&m)) {
            if (out.rows) out.rows(r->rows);
        } else if (auto* p = std::get_if<ReportProgress>(&m)) {
            if (out.progress) out.progress(p->done, p->total);
        } else {
            return std::get<ReportDone>(m);
        }
    }
}

std::vector<PhonebookEntry> Client::phonebook(const std::string& number) {
    const auto id = next_request_++;
    send(PhonebookLookup{id, number});
    auto m = await(id, [id](const Message& m) { return request_of<PhonebookResult>(m) == id; });
    return std::get<PhonebookResult>(m).entries;
}

HistoryResult Client::history(const std::string& number, std::uint32_t limit) {
    const auto id = next_request_++;
    send(HistoryLookup{id, number, limit});
    auto m = await(id, [id](const Message& m) { return request_of<HistoryResult>(m) == id; });
    return std::get<HistoryResult>(m);
}

void Client::close() {
    if (!stream_) return;
    boost::system::error_code ignored;
    stream_->socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_->socket().close(ignored);
    io_.restart();
    io_.run();  // lets a pending read finish (aborted) while `stream_` still exists
    stream_.reset();
}

} // namespace kxcti::protocol::client
