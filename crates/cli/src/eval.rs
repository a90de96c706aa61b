//! `dyad eval ...`: scores against gold data. Each evaluation lives in its own module.

#[derive(clap::Subcommand)]
pub enum EvalCommand {
    /// Base forms of named-entity mentions against BSNLP gold (`annotated/pl/*.out`).
    Names(crate::eval_names::Args),
    /// Entity recognition, normalisation and country linking against BSNLP gold.
    Entities(crate::eval_entities::Args),
    /// PETRARCH2's unit-test records, coded with its own dictionaries: exact codings by category.
    Petrarch(crate::eval_petrarch::Args),
}

pub fn run(cmd: EvalCommand) -> anyhow::Result<()> {
    match cmd {
        EvalCommand::Names(args) => crate::eval_names::run(args),
        EvalCommand::Entities(args) => crate::eval_entities::run(args),
        EvalCommand::Petrarch(args) => crate::eval_petrarch::run(args),
    }
}
