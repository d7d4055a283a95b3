/*
 * File-system EXEC commands: copy, dir, more, delete, rename, mkdir, rmdir, verify, and
 * show flash:. A file is a URL word (flash:dir/name, bootflash:name, nvram:startup-config,
 * system:running-config, or a bare name in flash:), parsed by iosim.shell.fs.FileUrl; a file
 * system named alone is a keyword so that `dir ?` and `copy ?` list them.
 */
parser grammar FileSystem;

file_cmd
    : dir_cmd
    | more_cmd
    | delete_cmd
    | rename_cmd
    | mkdir_cmd
    | rmdir_cmd
    | verify_cmd
    ;

copy_cmd : 'copy' copy_source copy_dest ;
copy_source : file_target ;
copy_dest : file_target ;

file_target : fs_keyword | 'running-config' | 'startup-config' | file_url ;
fs_keyword : 'flash:' | 'bootflash:' | 'nvram:' | 'system:' ;
file_url : WORD ;

dir_cmd : 'dir' dir_option? dir_target? ;
dir_option : '/all' | '/recursive' ;
dir_target : fs_keyword | file_url ;

more_cmd : 'more' more_target ;
more_target : file_target ;

delete_cmd : 'delete' delete_option* delete_target ;
delete_option : '/force' | '/recursive' ;
delete_target : file_url ;

rename_cmd : 'rename' rename_from rename_to ;
rename_from : file_url ;
rename_to : file_url ;

mkdir_cmd : 'mkdir' mkdir_target ;
mkdir_target : file_url ;

rmdir_cmd : 'rmdir' rmdir_target ;
rmdir_target : file_url ;

verify_cmd : 'verify' '/md5' verify_target verify_hash? ;
verify_target : file_url ;
verify_hash : WORD ;

show_flash : 'flash:' | 'bootflash:' ;
