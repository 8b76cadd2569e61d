// libFuzzer target fuzz_aws_import; see fuzzentries.h and fuzz/run.
#include "fuzzentries.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mailpath::fuzz::awsImport(std::string_view(reinterpret_cast<const char *>(data), size));
    return 0;
}
