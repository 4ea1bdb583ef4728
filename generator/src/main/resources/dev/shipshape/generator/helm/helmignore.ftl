# Not part of the packaged chart: version control, editor and OS files.
.git/
.gitignore
*.swp
*.bak
*.tmp
*.orig
*~
.DS_Store
.idea/
.vscode/
