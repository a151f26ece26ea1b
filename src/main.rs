use std::process::ExitCode;

// Reports over a team's whole folder allocate a great deal of small strings; mimalloc
// makes that markedly cheaper than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    defuse::cli::main()
}
