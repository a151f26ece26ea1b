use std::process::ExitCode;

fn main() -> ExitCode {
    defuse::cli::main()
}
