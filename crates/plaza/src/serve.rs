//! `plaza serve`: the website, with the example bundles imported on first start.

use std::sync::Arc;

use anyhow::Context;
use plaza_mail::Mailer;
use plaza_store::{BlobStore, Store};
use plaza_web::{AppState, Providers, WebSettings, build_router};

use crate::config::Settings;

pub async fn run(settings: anyhow::Result<Settings>) -> anyhow::Result<()> {
    let settings = settings?;
    let store = crate::open_store(&settings).await?;
    let blobs = crate::open_blobs(&settings)?;
    if let Some(dir) = &settings.examples_dir {
        import_examples(&store, blobs.as_ref(), dir).await?;
    }
    let mailer = Mailer::new(&settings.mail, true).context("the [mail] settings are not usable")?;
    let providers = Providers::new(settings.providers.clone()).map_err(|e| anyhow::anyhow!("[auth] settings: {e}"))?;
    let public_url = settings.public_url();
    let web = WebSettings {
        site_name: settings.site_name.clone(),
        secure_cookies: public_url.starts_with("https://"),
        public_url,
        trusted_proxies: settings.trusted_proxies,
        public_url_guessed: settings.public_url.is_none(),
        log_sign_in_links: mailer.file_dir().is_some(),
    };
    if let Some(dir) = mailer.file_dir() {
        tracing::info!(folder = %dir.display(), "email is saved to files in this folder (set [mail] in plaza.toml to send it)");
    }
    tokio::spawn(plaza_web::outbox::run(store.clone(), mailer, std::time::Duration::from_secs(2)));
    tokio::spawn(sweep_blobs(store.clone(), blobs.clone()));
    let emails =
        plaza_mail::EmailTemplates::load(&settings.site_name).map_err(|e| anyhow::anyhow!("email templates: {e}"))?;
    let digests = plaza_web::digest::DigestSender {
        store: store.clone(),
        emails: Arc::new(emails),
        public_url: web.public_url.clone(),
    };
    // Every ten minutes: a digest goes out soon after its day ends.
    tokio::spawn(digests.run(std::time::Duration::from_secs(10 * 60)));
    serve_metrics(&settings, &store).await?;
    let workers = if settings.run_worker {
        let scorer = scorer(&settings, store.clone(), blobs.clone(), &web.public_url)?;
        Some(spawn_workers(scorer, 2, "serve", plaza_scorer::worker::LEASE))
    } else {
        tracing::info!("not scoring entries here (--no-worker): run `plaza worker` for that");
        None
    };
    let state =
        AppState::new(store, blobs, web, providers).map_err(|e| anyhow::anyhow!("cannot start the web layer: {e}"))?;
    let listener = tokio::net::TcpListener::bind(settings.bind).await.with_context(|| {
        format!("cannot listen on {} (is another program using it? try --bind 127.0.0.1:8081)", settings.bind)
    })?;
    let address = listener.local_addr()?;
    tracing::info!(database = %settings.database_url_for_display(), data_dir = %settings.data_dir.display(), "Plaza started");
    println!("Plaza is running at http://{address}/ (press Ctrl+C to stop)");
    plaza_web::serve(listener, build_router(state), plaza_web::ServerLimits::default(), shutdown_signal())
        .await
        .context("the web server stopped unexpectedly")?;
    if let Some(workers) = workers {
        workers.stop(WORKER_GRACE).await;
    }
    println!("Plaza stopped.");
    Ok(())
}

/// With `--metrics-bind`, serves Prometheus metrics there.
async fn serve_metrics(settings: &Settings, store: &Store) -> anyhow::Result<()> {
    let Some(address) = settings.metrics_bind else { return Ok(()) };
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .with_context(|| format!("cannot listen for metrics on {address} (is another program using it?)"))?;
    tracing::info!(address = %listener.local_addr()?, "Prometheus metrics at /metrics");
    let store = store.clone();
    tokio::spawn(async move {
        if let Err(err) = plaza_web::metrics::serve_metrics(listener, store).await {
            tracing::error!(error = %err, "the metrics listener stopped");
        }
    });
    Ok(())
}

/// How long a stopping worker may take to finish the entry it is scoring.
const WORKER_GRACE: std::time::Duration = std::time::Duration::from_secs(30);

/// The scoring workers of this process.
struct Workers {
    store: Store,
    stop: tokio::sync::watch::Sender<bool>,
    names: Vec<String>,
    handles: Vec<tokio::task::JoinHandle<()>>,
}

impl Workers {
    /// Stops claiming jobs at once and lets running ones finish for up to
    /// `grace`; jobs still running then go back to the queue for the next
    /// worker (rather than waiting for their lease to expire).
    async fn stop(self, grace: std::time::Duration) {
        let _ = self.stop.send(true);
        let aborts: Vec<_> = self.handles.iter().map(tokio::task::JoinHandle::abort_handle).collect();
        let finished = tokio::time::timeout(grace, async {
            for handle in self.handles {
                let _ = handle.await;
            }
        })
        .await;
        if finished.is_err() {
            for abort in aborts {
                abort.abort();
            }
            match self.store.release_jobs(&self.names).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(jobs = n, "unfinished scoring jobs handed back to the queue"),
                Err(err) => tracing::warn!(error = %err, "unfinished jobs will be retried when their lease expires"),
            }
        }
    }
}

/// The scoring pipeline for this process. Programs run in the sandbox when
/// it can start; predictions files are scored either way.
fn scorer(
    settings: &Settings,
    store: Store,
    blobs: Arc<dyn BlobStore>,
    public_url: &str,
) -> anyhow::Result<Arc<plaza_scorer::Scorer>> {
    let sandbox = match plaza_sandbox::Sandbox::new(plaza_sandbox::SandboxConfig::default()) {
        Ok(sandbox) => Some(sandbox),
        Err(err) => {
            tracing::error!(error = %err, "the WebAssembly sandbox cannot start; program entries will be retried later");
            None
        }
    };
    let emails =
        plaza_mail::EmailTemplates::load(&settings.site_name).map_err(|e| anyhow::anyhow!("email templates: {e}"))?;
    Ok(Arc::new(plaza_scorer::Scorer {
        store,
        blobs,
        sandbox,
        emails: Some(Arc::new(emails)),
        public_url: public_url.to_owned(),
        answers: Default::default(),
    }))
}

fn spawn_workers(scorer: Arc<plaza_scorer::Scorer>, count: u32, prefix: &str, lease: std::time::Duration) -> Workers {
    let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "local".into());
    let (stop, stopping) = tokio::sync::watch::channel(false);
    let names: Vec<String> = (0..count.max(1)).map(|i| format!("{prefix}-{host}-{}-{i}", std::process::id())).collect();
    let handles = names
        .iter()
        .map(|name| {
            let options = plaza_scorer::WorkerOptions {
                name: name.clone(),
                idle_poll: std::time::Duration::from_millis(500),
                lease,
            };
            let mut stopping = stopping.clone();
            let shutdown = async move {
                let _ = stopping.wait_for(|stop| *stop).await;
            };
            tokio::spawn(plaza_scorer::run_worker(scorer.clone(), options, shutdown))
        })
        .collect();
    Workers { store: scorer.store.clone(), stop, names, handles }
}

/// Every hour, removes stored files that no row names (uploads refused after
/// they were stored, files of replaced bundles).
async fn sweep_blobs(store: Store, blobs: Arc<dyn BlobStore>) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(60 * 60));
    loop {
        every.tick().await;
        match store.sweep_blobs(blobs.as_ref(), plaza_store::SWEEP_GRACE).await {
            Ok(report) if report.removed > 0 => tracing::info!(removed = report.removed, "removed unused stored files"),
            Ok(_) => {}
            Err(err) => {
                tracing::warn!(error = %err, "the sweep of unused stored files stopped; it runs again in an hour")
            }
        }
    }
}

/// `plaza worker`: scoring only, until Ctrl+C or SIGTERM.
pub async fn run_workers_only(settings: Settings, workers: u32, lease: std::time::Duration) -> anyhow::Result<()> {
    let store = crate::open_store(&settings).await?;
    let blobs = crate::open_blobs(&settings)?;
    let mailer = Mailer::new(&settings.mail, true).context("the [mail] settings are not usable")?;
    tokio::spawn(plaza_web::outbox::run(store.clone(), mailer, std::time::Duration::from_secs(2)));
    serve_metrics(&settings, &store).await?;
    let scorer = scorer(&settings, store, blobs, &settings.public_url())?;
    let workers = spawn_workers(scorer, workers, "worker", lease);
    println!("Plaza worker is scoring entries with {} worker(s) (press Ctrl+C to stop)", workers.handles.len());
    shutdown_signal().await;
    println!(
        "Stopping: no new entries are taken; entries being scored get {} seconds to finish.",
        WORKER_GRACE.as_secs()
    );
    workers.stop(WORKER_GRACE).await;
    println!("Plaza worker stopped.");
    Ok(())
}

/// On a database with no challenge yet, imports the bundles found in `dir`.
async fn import_examples(store: &Store, blobs: &dyn BlobStore, dir: &std::path::Path) -> anyhow::Result<()> {
    if !dir.is_dir() || store.count_challenges().await? > 0 {
        return Ok(());
    }
    let bundles = crate::bundle_dirs(&[dir.to_path_buf()]).unwrap_or_default();
    for bundle in bundles {
        match store.import_bundle(blobs, &bundle, false).await {
            Ok(report) => {
                tracing::info!(slug = %report.slug, outcome = report.outcome.describe(), "imported example challenge")
            }
            Err(plaza_store::Error::Bundle(problems)) => {
                tracing::warn!(bundle = %bundle.display(), "example bundle not imported:");
                for problem in problems {
                    tracing::warn!("  {problem}");
                }
            }
            Err(err) => {
                return Err(err).with_context(|| format!("cannot import {}", bundle.display()));
            }
        }
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
