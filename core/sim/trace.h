#pragma once

#include "../model/resource.h"
#include "../net/address.h"
#include "../net/portset.h"
#include "message.h"
#include "reasoncode.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mailpath::core {

enum class Verdict { Delivered, Blocked };
enum class Direction { Forward, Return };
std::string_view toString(Verdict verdict);
std::string_view toString(Direction direction);

/** How the client speaks SMTP; Auto follows the port (465/2465 implicit, else STARTTLS). */
enum class TlsMode { Auto, None, StartTls, Implicit };

/** What the user asked: source and destination as typed (ids, names, addresses, host names). */
struct Query
{
    std::string from;
    std::string to;
    uint16_t port = 587;
    TlsMode tls = TlsMode::Auto;
    std::vector<std::string> op25bLifted; //!< ids treated as having the port-25 block removed
    std::string mailFrom; //!< optional envelope: SES checks the sender's identity
    std::string rcptTo;   //!< optional envelope: SES's sandbox checks the recipient

    bool hasEnvelope() const { return !mailFrom.empty() || !rcptTo.empty(); }
};

struct ExpectedFlow;
/** The query of a declared flow, its envelope included. */
Query flowQuery(const ExpectedFlow &flow);

/** What a trace records besides its verdict and blocked_at. */
struct TraceOptions
{
    /** Hops, notes and warnings; off for the matrix, which keeps only verdicts. */
    bool recordHops = true;
};

/** A packet header; the source port is a range where the client picks an ephemeral port. */
struct Header
{
    Ipv4 src;
    PortRange srcPorts;
    Ipv4 dst;
    PortRange dstPorts;

    std::string srcText() const;
    std::string dstText() const;
    friend bool operator==(const Header &, const Header &) = default;
};

/** What a component did with the packet; actionText() gives the CLI's and the JSON's word. */
enum class HopAction : uint8_t {
    Send,      //!< "send": the packet leaves its source
    Allow,     //!< "allow": a filter let it pass
    Forward,   //!< "forward": routed on unchanged
    Snat,      //!< "snat": source address translated
    Dnat,      //!< "dnat": destination address translated
    SnatDnat,  //!< "snat+dnat": both (a load balancer without client IP preservation)
    UnSnat,    //!< "un-snat": a reply's source translation reversed
    UnDnat,    //!< "un-dnat"
    UnNat,     //!< "un-nat"
    Appliance, //!< "appliance": handed to an instance that forwards traffic
    Deliver,   //!< "deliver": arrived at its destination
    Deny,      //!< "deny": stopped here
};
std::string_view actionText(HopAction action);

/** One component the packet passed (or stopped at), with the header as it entered and left. */
struct Hop
{
    std::string resource;
    ResourceKind kind = ResourceKind::NetworkInterface;
    HopAction action = HopAction::Forward;
    std::string rule;   //!< the rule or route that decided, when there is one
    Header in;
    Header out;
    std::string note;   //!< English, for the JSON; noteMessage for other languages
    Message noteMessage;
    /** What the hop guards: an ACL's or route table's subnet, a security group's ENI or LB. */
    std::string appliesTo;
    /** Walked as if an earlier block had passed (to find every further blocker). */
    bool assumed = false;
};

struct BlockedAt
{
    std::string resource;
    ResourceKind kind = ResourceKind::NetworkInterface;
    Direction direction = Direction::Forward;
    ReasonCode reason = ReasonCode::None;
    std::string detail; //!< one sentence a network engineer can act on (English, for the JSON)
    std::string fix;    //!< a concrete change that would let the flow through (English)
    Message detailMessage; //!< detail as data, for the app's and the CLI's language
    Message fixMessage;

    /** Sets the messages and their English strings together. */
    void setTexts(Message detailText, Message fixText);
};

/** The result of one simulated SMTP connection: forward hops, return hops and a verdict. */
struct Trace
{
    Query query;
    Verdict verdict = Verdict::Delivered;
    std::vector<Hop> forward;
    std::vector<Hop> reply;
    std::optional<BlockedAt> blockedAt;
    /** Further blockers behind the first, found by walking on as if it had passed. */
    std::vector<BlockedAt> alsoBlocked;
    std::vector<std::string> warnings; //!< e.g. SES sandbox, clear text over the Internet
    std::vector<std::string> notes;    //!< assumptions applied (AWS-SEMANTICS §12)
    std::vector<Message> warningMessages; //!< warnings as data, in the same order
    std::vector<Message> noteMessages;

    /** Records a warning or a note with its English string. */
    void addWarning(Message message);
    void addNote(Message message);

    bool delivered() const { return verdict == Verdict::Delivered; }
};

/** The CLI contract's JSON for a trace (DESIGN §4). */
nlohmann::json traceToJson(const Trace &trace);

} // namespace mailpath::core
