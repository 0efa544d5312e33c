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
        import_examples(&store, &blobs, dir).await?;
    }
    let mailer = Mailer::new(&settings.mail, true).context("the [mail] settings are not usable")?;
    let providers = Providers::new(settings.providers.clone()).map_err(|e| anyhow::anyhow!("[auth] settings: {e}"))?;
    let public_url = settings.public_url();
    let web = WebSettings {
        site_name: settings.site_name.clone(),
        secure_cookies: public_url.starts_with("https://"),
        public_url,
        trust_proxy_headers: settings.trust_proxy_headers,
        public_url_guessed: settings.public_url.is_none(),
        log_sign_in_links: mailer.file_dir().is_some(),
    };
    if let Some(dir) = mailer.file_dir() {
        tracing::info!(folder = %dir.display(), "email is saved to files in this folder (set [mail] in plaza.toml to send it)");
    }
    tokio::spawn(plaza_web::outbox::run(store.clone(), mailer, std::time::Duration::from_secs(2)));
    let state = AppState::new(store, Arc::new(blobs) as Arc<dyn BlobStore>, web, providers)
        .map_err(|e| anyhow::anyhow!("cannot start the web layer: {e}"))?;
    let listener = tokio::net::TcpListener::bind(settings.bind).await.with_context(|| {
        format!("cannot listen on {} (is another program using it? try --bind 127.0.0.1:8081)", settings.bind)
    })?;
    let address = listener.local_addr()?;
    tracing::info!(database = %settings.database_url_for_display(), data_dir = %settings.data_dir.display(), "Plaza started");
    println!("Plaza is running at http://{address}/ (press Ctrl+C to stop)");
    axum::serve(listener, build_router(state).into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("the web server stopped unexpectedly")?;
    println!("Plaza stopped.");
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
