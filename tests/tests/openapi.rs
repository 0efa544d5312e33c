//! `GET /api/v1/openapi.json`: an OpenAPI 3.1 document, generated from the
//! handlers, that describes every `/api/v1` route of the router's own table.
//! The validation against the OpenAPI 3.1 specification runs with the real
//! peers (`--ignored`): it needs Python's `openapi-spec-validator`
//! (`pip install openapi-spec-validator`), which `.ci/run` installs, and
//! fails without it.

use axum::http::StatusCode;
use plaza_tests::TestApp;
use plaza_web::ROUTES;

/// `/api/v1/challenges/{slug}` and `/api/v1/challenges/{challenge}` are the same route.
fn shape(path: &str) -> String {
    let mut out = String::new();
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                out.push_str("{}");
            }
            '}' => in_param = false,
            _ if !in_param => out.push(c),
            _ => {}
        }
    }
    out
}

async fn document() -> serde_json::Value {
    let app = TestApp::empty().await;
    let response = app.get("/api/v1/openapi.json").await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.header("content-type"), "application/json");
    serde_json::from_slice(&response.body).expect("json")
}

#[tokio::test]
async fn the_document_describes_every_api_route_and_its_answers() {
    let doc = document().await;
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().expect("paths");
    for route in ROUTES.iter().filter(|r| r.path.starts_with("/api/v1/") && r.path != "/api/v1/openapi.json") {
        let described = paths.iter().find(|(path, _)| shape(path) == shape(route.path));
        let Some((path, item)) = described else { panic!("{} {} is not in the document", route.method, route.path) };
        let operation = &item[route.method];
        assert!(operation.is_object(), "{} {path} has no {} operation", route.method, route.method);
        assert!(operation["responses"]["200"].is_object() || operation["responses"]["202"].is_object(), "{path}");
        let params = path.matches('{').count();
        let declared = operation["parameters"].as_array().map_or(0, |p| p.iter().filter(|p| p["in"] == "path").count());
        assert_eq!(declared, params, "{path}: every path parameter is described");
    }
    assert_eq!(paths.len(), ROUTES.iter().filter(|r| r.path.starts_with("/api/v1/")).count() - 1, "nothing extra");
    let board = &paths["/api/v1/challenges/{challenge}/tracks/{track}/leaderboard"]["get"];
    let names: Vec<&str> =
        board["parameters"].as_array().expect("p").iter().filter_map(|p| p["name"].as_str()).collect();
    assert!(names.contains(&"limit") && names.contains(&"offset"), "{names:?}");
    assert!(doc["components"]["schemas"]["BoardJson"]["properties"]["total"].is_object());
    assert_eq!(doc["components"]["securitySchemes"]["token"]["scheme"], "bearer");
}

#[tokio::test]
#[ignore = "needs Python's openapi-spec-validator (pip install openapi-spec-validator)"]
async fn the_document_validates_against_the_openapi_3_1_specification() {
    let doc = document().await;
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("openapi.json");
    std::fs::write(&file, serde_json::to_vec_pretty(&doc).expect("json")).expect("write");
    let output = std::process::Command::new("python3")
        .args(["-m", "openapi_spec_validator", &file.display().to_string()])
        .output()
        .expect("python3 runs");
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(!said.contains("No module named"), "install it: pip install openapi-spec-validator ({said})");
    assert!(output.status.success(), "the document is not valid OpenAPI 3.1: {said}");
    assert!(said.contains("OK"), "{said}");
}
