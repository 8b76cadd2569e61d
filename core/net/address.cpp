#include "address.h"

#include <algorithm>
#include <array>

namespace mailpath::core {

std::optional<Ipv4> parseIpv4(std::string_view text)
{
    boost::system::error_code ec;
    const auto address = boost::asio::ip::make_address_v4(std::string(text), ec);
    if (ec)
        return std::nullopt;
    return address;
}

Cidr::Cidr(Ipv4 base, int prefixLength)
    : m_mask(prefixLength <= 0 ? 0u : ~uint32_t(0) << (32 - std::min(prefixLength, 32)))
    , m_length(uint8_t(std::clamp(prefixLength, 0, 32)))
{
    m_base = base.to_uint() & m_mask;
}

std::optional<Cidr> Cidr::parse(std::string_view text)
{
    const auto slash = text.find('/');
    if (slash == std::string_view::npos) {
        const auto address = parseIpv4(text);
        return address ? std::optional<Cidr>(Cidr::host(*address)) : std::nullopt;
    }
    boost::system::error_code ec;
    // Boost accepts host bits ("10.0.1.5/24"); AWS canonicalises them, so do we.
    const auto network = boost::asio::ip::make_network_v4(std::string(text), ec);
    if (ec)
        return std::nullopt;
    return Cidr(network.address(), network.prefix_length());
}

std::string ipv4Text(Ipv4 address)
{
    char text[16];
    char *out = text;
    const uint32_t value = address.to_uint();
    for (int shift = 24; shift >= 0; shift -= 8) {
        const unsigned octet = (value >> shift) & 0xff;
        if (octet >= 100)
            *out++ = char('0' + octet / 100);
        if (octet >= 10)
            *out++ = char('0' + octet / 10 % 10);
        *out++ = char('0' + octet % 10);
        if (shift)
            *out++ = '.';
    }
    return std::string(text, out);
}

std::string Cidr::toString() const
{
    return ipv4Text(base()) + '/' + std::to_string(m_length);
}

boost::asio::ip::network_v4 Cidr::toNetwork() const
{
    return boost::asio::ip::network_v4(base(), m_length);
}

namespace {
struct ClassRange
{
    Cidr cidr;
    AddressClass cls;
};

const std::array<ClassRange, 9> &classRanges()
{
    static const std::array<ClassRange, 9> ranges = {{
        {*Cidr::parse("10.0.0.0/8"), AddressClass::Rfc1918},
        {*Cidr::parse("172.16.0.0/12"), AddressClass::Rfc1918},
        {*Cidr::parse("192.168.0.0/16"), AddressClass::Rfc1918},
        {*Cidr::parse("100.64.0.0/10"), AddressClass::Rfc6598},
        {*Cidr::parse("127.0.0.0/8"), AddressClass::Loopback},
        {*Cidr::parse("169.254.0.0/16"), AddressClass::LinkLocal},
        {*Cidr::parse("0.0.0.0/8"), AddressClass::Reserved},
        {*Cidr::parse("224.0.0.0/4"), AddressClass::Reserved},
        {*Cidr::parse("240.0.0.0/4"), AddressClass::Reserved},
    }};
    return ranges;
}
} // namespace

AddressClass classify(Ipv4 address)
{
    for (const auto &range : classRanges()) {
        if (range.cidr.contains(address))
            return range.cls;
    }
    return AddressClass::Public;
}

std::string_view toString(AddressClass cls)
{
    switch (cls) {
    case AddressClass::Rfc1918: return "RFC 1918";
    case AddressClass::Rfc6598: return "RFC 6598";
    case AddressClass::Loopback: return "loopback";
    case AddressClass::LinkLocal: return "link-local";
    case AddressClass::Reserved: return "reserved";
    case AddressClass::Public: return "public";
    }
    return "public";
}

bool isPrivateRange(Ipv4 address)
{
    const auto cls = classify(address);
    return cls == AddressClass::Rfc1918 || cls == AddressClass::Rfc6598;
}

} // namespace mailpath::core
