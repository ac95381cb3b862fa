//! Load on `quiz serve` (a benchmark, not a timed test): N simulated students on loopback
//! join, wait for each other, then all answer Q questions at once as fast as they can.
//! Prints the answer latency (POST /answer until its redirect: the answer is committed) at
//! the 50th, 90th and 99th percentiles, errors, and checks that the teacher's export holds
//! every acknowledged answer.
//!
//!     cargo build --release && cargo run --release --example serve_load -- [STUDENTS] [QUESTIONS]
//!     cargo run --release --example serve_load -- 300 10 --kill-after-ms 1500
//!     cargo run --release --example serve_load -- 300 10 --think-ms 4000
//!
//! With no think time every student sends their next answer the moment the last is
//! acknowledged: the server is saturated and the latency is mostly queueing. --think-ms N
//! makes each student pause a random 0..N ms before each answer, as a class reading
//! questions would.
//! With --kill-after-ms the server is killed with SIGKILL that long into the answering,
//! restarted on the same database, and every answer acknowledged before the kill must be in
//! the export.

#[path = "../tests/serve_support/mod.rs"]
mod serve_support;

use std::collections::BTreeSet;
use std::sync::{Arc, Barrier, Mutex};
use std::time::{Duration, Instant};

use factquiz::quiz::bank::Bank;
use serve_support::{answer_fields, hidden, shown_question, temp_dir, Browser, Server};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let option = |name: &str| -> Option<u64> {
        let i = args.iter().position(|a| a == name)?;
        args.get(i + 1)?.parse().ok()
    };
    let kill_after = option("--kill-after-ms").map(Duration::from_millis);
    let think_ms = option("--think-ms").unwrap_or(0);
    // The numbers before any option: students and questions.
    let numbers: Vec<usize> = args
        .iter()
        .take_while(|a| !a.starts_with("--"))
        .filter_map(|a| a.parse().ok())
        .collect();
    let students = numbers.first().copied().unwrap_or(300);
    let questions = numbers.get(1).copied().unwrap_or(10);
    let dir = temp_dir("load");
    let mut server = Server::start(&dir, &[]);
    let bank = Arc::new(Bank::builtin().expect("built-in bank"));
    server.teacher().control("start");
    println!(
        "{students} students, {questions} questions each, on {} (server pid {})",
        server.addr,
        server.child.id()
    );

    let barrier = Arc::new(Barrier::new(students + 1));
    // (student, question id) of every acknowledged answer, and each answer's latency.
    let acked = Arc::new(Mutex::new(Vec::<(String, String)>::new()));
    let latencies = Arc::new(Mutex::new(Vec::<Duration>::new()));
    let errors = Arc::new(Mutex::new(0usize));
    let mut threads = Vec::new();
    for s in 0..students {
        let (barrier, acked, latencies, errors, bank) = (
            barrier.clone(),
            acked.clone(),
            latencies.clone(),
            errors.clone(),
            bank.clone(),
        );
        let server_join = server.join_code.clone();
        let addr = server.addr;
        threads.push(std::thread::spawn(move || {
            let name = format!("Student {s:03}");
            let mut b = Browser {
                addr,
                cookies: Default::default(),
            };
            let joined = b
                .try_request("GET", "/", None)
                .and_then(|page| hidden(&page.body, "csrf"))
                .and_then(|csrf| {
                    let form = serve_support::form(&[
                        ("csrf", &csrf),
                        ("code", &server_join),
                        ("name", &name),
                    ]);
                    b.try_request("POST", "/join", Some(&form))
                })
                .is_some_and(|r| r.status == 303);
            barrier.wait();
            if !joined {
                *errors.lock().unwrap() += 1;
                return;
            }
            let mut seed = s as u64 * 2_654_435_761 + 1;
            for k in 0..questions {
                if think_ms > 0 {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    std::thread::sleep(Duration::from_millis(seed % think_ms));
                }
                let Some(page) = b.try_request("GET", "/quiz", None) else {
                    *errors.lock().unwrap() += 1;
                    return;
                };
                let (Some(csrf), Some(position)) =
                    (hidden(&page.body, "csrf"), hidden(&page.body, "position"))
                else {
                    *errors.lock().unwrap() += 1;
                    return;
                };
                let q = shown_question(&bank, &page.body);
                let mut fields = vec![
                    ("csrf".to_string(), csrf),
                    ("position".to_string(), position),
                ];
                fields.extend(answer_fields(q, &page.body, (s + k) % 3 != 0));
                let borrowed: Vec<(&str, &str)> = fields
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                let body = serve_support::form(&borrowed);
                let start = Instant::now();
                let reply = b.try_request("POST", "/answer", Some(&body));
                let took = start.elapsed();
                match reply {
                    Some(r) if r.status == 303 => {
                        latencies.lock().unwrap().push(took);
                        acked.lock().unwrap().push((name.clone(), q.id.clone()));
                    }
                    _ => {
                        *errors.lock().unwrap() += 1;
                        return;
                    }
                }
            }
        }));
    }
    barrier.wait();
    let start = Instant::now();
    if let Some(after) = kill_after {
        std::thread::sleep(after);
        server.kill();
        println!(
            "killed the server with SIGKILL {} ms into the answering",
            after.as_millis()
        );
    }
    for t in threads {
        let _ = t.join();
    }
    let wall = start.elapsed();
    let mut lat = latencies.lock().unwrap().clone();
    lat.sort();
    let pct = |p: f64| -> f64 {
        if lat.is_empty() {
            return 0.0;
        }
        let i = ((lat.len() as f64 * p).ceil() as usize).clamp(1, lat.len()) - 1;
        lat[i].as_secs_f64() * 1000.0
    };
    let acked = acked.lock().unwrap().clone();
    println!(
        "{} answers acknowledged in {:.2} s ({:.0} answers/s); errors: {}",
        acked.len(),
        wall.as_secs_f64(),
        acked.len() as f64 / wall.as_secs_f64(),
        errors.lock().unwrap()
    );
    println!(
        "answer latency: p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        pct(0.5),
        pct(0.9),
        pct(0.99),
        lat.last().map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    );

    if let Some(cpu) = cpu_seconds(server.child.id()) {
        println!("server CPU time: {cpu:.2} s");
    }
    if kill_after.is_some() {
        server = Server::start(&dir, &[]);
        println!("restarted on the same database: {}", server.addr);
    }
    let export = server.teacher().get("/teacher/results.jsonl").body;
    let mut stored = BTreeSet::new();
    for line in export.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("an attempt");
        for q in v["questions"].as_array().expect("questions") {
            stored.insert((
                v["student"].as_str().unwrap_or("").to_string(),
                q["id"].as_str().unwrap_or("").to_string(),
            ));
        }
    }
    let lost = acked.iter().filter(|a| !stored.contains(*a)).count();
    println!(
        "export: {} answers stored; acknowledged but lost: {lost}",
        stored.len()
    );
    if lost > 0 || (kill_after.is_none() && *errors.lock().unwrap() > 0) {
        std::process::exit(1);
    }
}

/// User and system CPU time of a process so far, from /proc (Linux).
fn cpu_seconds(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}
