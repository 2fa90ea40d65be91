//! `driehoek`: serve (default), demo, create-admin, migrate, backup.

use std::net::SocketAddr;

use clap::{Parser, Subcommand};
use driehoek::{app, config::Config};

#[derive(Parser)]
#[command(
    name = "driehoek",
    version,
    about = "Gesprekken tussen school, ouders en leerling"
)]
struct Cli {
    /// sqlite://path (default: sqlite://data/driehoek.db) or postgres://…
    #[arg(long, env = "DATABASE_URL", global = true)]
    database_url: Option<String>,
    /// Address to listen on (default 127.0.0.1:3000).
    #[arg(long, env = "DRIEHOEK_ADDR", global = true)]
    addr: Option<SocketAddr>,
    /// Public address used in links in e-mails (default: http://<addr>).
    #[arg(long, env = "DRIEHOEK_BASE_URL", global = true)]
    base_url: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web application (the default).
    Serve,
    /// Fill the database with a realistic demo school and print how to sign in.
    Demo {
        /// Start the web application afterwards.
        #[arg(long)]
        serve: bool,
    },
    /// Create the first administrator without the browser (headless set-up).
    CreateAdmin {
        #[arg(long)]
        school: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: String,
        /// Password; without it a one-time link to set one is printed.
        #[arg(long, env = "DRIEHOEK_ADMIN_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
    /// Add another school of the board to this installation, with its first administrator
    /// (a one-time link to set the password is printed).
    AddSchool {
        #[arg(long)]
        school: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: String,
    },
    /// Let a staff member of the school board see the coverage of every school.
    GrantBoard {
        #[arg(long)]
        email: String,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Copy the SQLite database to PATH while the app keeps running, and check the copy.
    /// Never overwrites a file. (PostgreSQL: use pg_dump, see the README.)
    Backup { path: std::path::PathBuf },
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "driehoek=info,tower_http=info,sqlx=warn".into()),
        )
        .init();
    let cli = Cli::parse();
    let config = Config::new(cli.database_url, cli.addr, cli.base_url);
    match run(cli.command.unwrap_or(Command::Serve), config).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("driehoek: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve => serve(config).await,
        Command::Backup { path } => {
            // No migration: a backup copies the database as it is.
            let done = driehoek::backup::from_url(&config.database_url, &path).await?;
            println!("{done}");
            Ok(())
        }
        Command::Migrate => {
            app::prepare(config).await?;
            println!("migrations applied");
            Ok(())
        }
        Command::Demo { serve: then_serve } => {
            let state = app::prepare(config.clone()).await?;
            // A log line per queued invitation is noise here: only warnings while filling.
            let quiet = tracing_subscriber::fmt().with_env_filter("warn").finish();
            let report = {
                let _quiet = tracing::subscriber::set_default(quiet);
                driehoek::demo::fill(&state.db, &state.config.base_url).await?
            };
            println!("{report}");
            println!(
                "{}",
                driehoek::demo::how_to_start(&config.database_url, &config.base_url, then_serve)
            );
            if then_serve {
                state.db.close().await;
                serve(config).await?;
            }
            Ok(())
        }
        Command::AddSchool {
            school,
            name,
            email,
        } => {
            let state = app::prepare(config).await?;
            println!(
                "{}",
                driehoek::staff::add_school(&state, &school, &name, &email).await?
            );
            Ok(())
        }
        Command::GrantBoard { email } => {
            let state = app::prepare(config).await?;
            println!("{}", driehoek::staff::grant_board(&state.db, &email).await?);
            Ok(())
        }
        Command::CreateAdmin {
            school,
            name,
            email,
            password,
        } => {
            let state = app::prepare(config).await?;
            let outcome =
                driehoek::staff::create_first_admin(&state, &school, &name, &email, password)
                    .await?;
            println!("{outcome}");
            Ok(())
        }
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let addr = config.addr;
    let base = config.base_url.clone();
    let backend = if config.database_url.starts_with("postgres") {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    let state = app::prepare(config).await?;
    if let Some(link) = driehoek::staff::issue_setup_link(&state).await? {
        tracing::warn!(%link, "not set up yet: open this one-time set-up link");
        println!(
            "Driehoek inrichten / set up Driehoek (eenmalige link, 24 uur geldig / one-time link, valid for 24 hours):\n{link}"
        );
    }
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(%addr, backend, "Driehoek is listening");
    println!("Driehoek draait op {base} ({backend}). Stoppen: Ctrl-C.");
    app::serve(listener, state, app::shutdown_signal()).await
}
