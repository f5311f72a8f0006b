// jemalloc's settings, read by jemalloc when it starts (before main): linked
// into the factlint binary only, when it is built with jemalloc
// (FACTLINT_ALLOCATOR, the default).
//
// thp:always backs the heap with transparent huge pages where the kernel
// allows them on request (Debian's and Ubuntu's default, "madvise"): a run
// touches tens of megabytes of memory a 4 KiB page at a time, and on the
// benchmark machine those page faults were a third of a cold run's system
// time and most of a warm --cache run's (docs/performance.md, "Memory
// allocator"). Where huge pages are off, nothing changes. The environment
// variable MALLOC_CONF still overrides these (MALLOC_CONF=thp:never).
extern "C" {
// NOLINTNEXTLINE: the name and type are jemalloc's (a weak symbol it reads).
const char* malloc_conf = "thp:always,metadata_thp:auto";
}
