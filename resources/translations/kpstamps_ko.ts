<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name></name>
    <message>
        <source>Bulk edit</source>
        <translation>대량 편집</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln selected item(s):</source>
        <translation>
            <numerusform>선택한 %Ln개 품목 변경:</numerusform>
        </translation>
    </message>
    <message>
        <source>leave as is</source>
        <translation>그대로 두기</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>있음</translation>
    </message>
    <message>
        <source>not owned</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>&amp;Owned</source>
        <translation>소장(&amp;O)</translation>
    </message>
    <message>
        <source>on the want list</source>
        <translation>희망목록에 넣기</translation>
    </message>
    <message>
        <source>off the want list</source>
        <translation>희망목록에서 빼기</translation>
    </message>
    <message>
        <source>&amp;Wanted</source>
        <translation>희망(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Condition</source>
        <translation>상태(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>보관장소(&amp;L)</translation>
    </message>
    <message>
        <source>e.g. album 3, page 12</source>
        <translation>례: 앨범 3, 12페지</translation>
    </message>
    <message>
        <source>&amp;Price paid</source>
        <translation>지불한 가격(&amp;P)</translation>
    </message>
    <message>
        <source>The price paid is not an amount.</source>
        <translation>지불한 가격이 금액이 아닙니다.</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>대량 편집(&amp;B)…</translation>
    </message>
    <message>
        <source>Mark series &amp;owned</source>
        <translation>묶음 전체 소장으로(&amp;O)</translation>
    </message>
    <message>
        <source>Mark series &amp;wanted</source>
        <translation>묶음 전체 희망으로(&amp;W)</translation>
    </message>
    <message>
        <source>Select the rows to change first.</source>
        <translation>먼저 바꿀 행을 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln item(s) owned</source>
        <translation>
            <numerusform>%Ln개 품목을 소장으로 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln item(s) wanted</source>
        <translation>
            <numerusform>%Ln개 품목을 희망으로 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>변경되지 않았습니다: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit of %Ln item(s)</source>
        <translation>
            <numerusform>품목 %Ln개 대량 편집</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) changed.</source>
        <translation>
            <numerusform>품목 %Ln개를 바꾸었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {item} owned</source>
        <translation>{item}을(를) 소장으로 표시</translation>
    </message>
    <message>
        <source>Mark {item} not owned</source>
        <translation>{item}을(를) 미소장으로 표시</translation>
    </message>
    <message>
        <source>Mark {item} wanted</source>
        <translation>{item}을(를) 희망으로 표시</translation>
    </message>
    <message>
        <source>Mark {item} not wanted</source>
        <translation>{item}의 희망 표시 해제</translation>
    </message>
    <message>
        <source>unknown condition {value}</source>
        <translation>알수 없는 상태 {value}</translation>
    </message>
    <message>
        <source>Change {what} of {item}</source>
        <translation>{item}의 {what} 변경</translation>
    </message>
    <message>
        <source>currency must be a three-letter code</source>
        <translation>화페는 세글자 부호여야 합니다</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value}은(는) 옹근수가 아닙니다</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Details of the selected series or item</source>
        <translation>선택한 묶음 또는 품목의 상세</translation>
    </message>
    <message>
        <source>Select a series or an item to see its details.</source>
        <translation>상세를 보려면 묶음이나 품목을 선택하십시오.</translation>
    </message>
    <message>
        <source>(untitled series)</source>
        <translation>(제목 없는 묶음)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>발행</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>완성도</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>No items catalogued yet.</source>
        <translation>아직 목록에 올린 품목이 없습니다.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>액면가</translation>
    </message>
    <message>
        <source>Perforation</source>
        <translation>천공</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>규격</translation>
    </message>
    <message>
        <source>Catalogue numbers</source>
        <translation>목록번호</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Album page</source>
        <translation>우표첩 페지</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>소장</translation>
    </message>
    <message>
        <source>Copies to keep</source>
        <translation>보관할 매수</translation>
    </message>
    <message>
        <source>Nothing to show: no series matches the search.</source>
        <translation>보여줄 것이 없습니다: 검색에 맞는 묶음이 없습니다.</translation>
    </message>
    <message>
        <source>Not owned.</source>
        <translation>소장하지 않음.</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>희망</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>주사화상</translation>
    </message>
    <message>
        <source>Series completion</source>
        <translation>묶음 완성도</translation>
    </message>
    <message>
        <source>Checklist of the series: owned and wanted items</source>
        <translation>묶음 점검표: 소장 및 희망 품목</translation>
    </message>
    <message>
        <source>{owned}/{total} owned</source>
        <translation>{owned}/{total} 소장</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>품목 없음</translation>
    </message>
    <message>
        <source>Catalogue values of the item</source>
        <translation>품목의 목록가격</translation>
    </message>
    <message>
        <source>Mint</source>
        <translation>새것</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Edition, e.g. 2024</source>
        <translation>판, 례: 2024</translation>
    </message>
    <message>
        <source>Set &amp;value</source>
        <translation>가격 설정(&amp;V)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Value condition</source>
        <translation>가격 상태</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>Catalogue value</source>
        <translation>목록가격</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>화페</translation>
    </message>
    <message>
        <source>Catalogue edition</source>
        <translation>목록 판</translation>
    </message>
    <message>
        <source>Catalogue value of {item}:</source>
        <translation>{item}의 목록가격:</translation>
    </message>
    <message>
        <source>Catalogue value:</source>
        <translation>목록가격:</translation>
    </message>
    <message>
        <source>Set catalogue value of {item}</source>
        <translation>{item}의 목록가격 설정</translation>
    </message>
    <message>
        <source>Remove catalogue value of {item}</source>
        <translation>{item}의 목록가격 제거</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>점검표</translation>
    </message>
    <message>
        <source>Only &amp;incomplete series</source>
        <translation>미완성 묶음만(&amp;I)</translation>
    </message>
    <message>
        <source>KP Stamps</source>
        <translation>KP Stamps</translation>
    </message>
    <message>
        <source>This also deletes {parts}.</source>
        <translation>이와 함께 {parts}도 삭제됩니다.</translation>
    </message>
    <message>
        <source>Delete {series} and {items}?</source>
        <translation>{series}와 {items}을 삭제하겠습니까?</translation>
    </message>
    <message>
        <source>Delete {items}?</source>
        <translation>{items}을 삭제하겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln holding(s)</source>
        <translation>
            <numerusform>소장품 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln want(s)</source>
        <translation>
            <numerusform>희망 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s)</source>
        <translation>
            <numerusform>주사화상 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln catalogue value(s)</source>
        <translation>
            <numerusform>목록가격 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order line(s) will no longer point at them.</source>
        <translation>
            <numerusform>주문 행 %Ln개가 더는 이것들을 가리키지 않게 됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>(Edit ▸ Undo brings everything back.)</source>
        <translation>(편집 ▸ 되돌리기로 모두 되살릴수 있습니다.)</translation>
    </message>
    <message>
        <source>&amp;New series…</source>
        <translation>새 묶음(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete whole &amp;series…</source>
        <translation>묶음 전체 삭제(&amp;S)…</translation>
    </message>
    <message>
        <source>Add series {name}</source>
        <translation>묶음 {name} 추가</translation>
    </message>
    <message>
        <source>Edit series {name}</source>
        <translation>묶음 {name} 편집</translation>
    </message>
    <message>
        <source>Your version is kept: OK saves it over theirs.</source>
        <translation>당신의 판본이 유지됩니다: 확인을 누르면 상대의 판본 우에 보관합니다.</translation>
    </message>
    <message>
        <source>Delete series {name}</source>
        <translation>묶음 {name} 삭제</translation>
    </message>
    <message>
        <source>Delete {series} and {items}</source>
        <translation>{series}와 {items} 삭제</translation>
    </message>
    <message>
        <source>Delete {items}</source>
        <translation>{items} 삭제</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구띠</translation>
    </message>
    <message>
        <source>Catalogue: series and items</source>
        <translation>목록: 묶음과 품목</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>화일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>주문(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>방조(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>되돌리기(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시하기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About KP Stamps</source>
        <translation>KP Stamps에 대하여(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) shown</source>
        <translation>
            <numerusform>%Ln개 행 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln owned</source>
        <translation>
            <numerusform>소장 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln wanted</source>
        <translation>
            <numerusform>희망 %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>A catalogue for collectors of stamps of the DPRK (North Korea).</source>
        <translation>조선민주주의인민공화국 우표 수집가를 위한 목록.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>허가</translation>
    </message>
    <message>
        <source>Reference data: Radio Free Asia (10 January 2025) and Wikipedia, North Korean Postal Service.</source>
        <translation>참고자료: Radio Free Asia (2025년 1월 10일) 및 Wikipedia, 조선 우편봉사.</translation>
    </message>
    <message>
        <source>About KP Stamps</source>
        <translation>KP Stamps에 대하여</translation>
    </message>
    <message>
        <source>Series {name} was deleted by someone else since you opened it. Your changes were not saved.</source>
        <translation>묶음 {name}을(를) 연 뒤에 다른 사람이 삭제하였습니다. 당신의 변경은 보관되지 않았습니다.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>다른 사람</translation>
    </message>
    <message>
        <source>Series {name} was changed by {who} at {when} since you opened it. Your changes were not saved.</source>
        <translation>묶음 {name}을(를) 연 뒤에 {who}이(가) {when}에 변경하였습니다. 당신의 변경은 보관되지 않았습니다.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>알수 없는 시간</translation>
    </message>
    <message>
        <source>Cancel to close the dialog; undo in the other window can bring the series back.</source>
        <translation>취소를 누르면 대화칸이 닫깁니다. 다른 창문에서 되돌리기로 묶음을 되살릴수 있습니다.</translation>
    </message>
    <message>
        <source>• nothing that the dialog shows</source>
        <translation>• 대화칸에 보이는 것은 없음</translation>
    </message>
    <message>
        <source>They changed:</source>
        <translation>변경된 것:</translation>
    </message>
    <message>
        <source>Reload their version (your changes are discarded), or keep editing: OK then saves your version over theirs.</source>
        <translation>상대의 판본을 다시 불러오거나(당신의 변경은 버려집니다) 계속 편집하십시오: 그 다음 확인을 누르면 당신의 판본을 상대의 판본 우에 보관합니다.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>다른 사람이 변경함</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>상대의 판본 다시 불러오기</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>계속 편집</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;거르개&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>묶음</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>주제 거르개</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>시작 년도</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>마감 년도</translation>
    </message>
    <message>
        <source>any</source>
        <translation>전부</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>년도</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>종류 거르개</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>거르개 지우기</translation>
    </message>
    <message>
        <source>front</source>
        <translation>앞면</translation>
    </message>
    <message>
        <source>back</source>
        <translation>뒤면</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>부분</translation>
    </message>
    <message>
        <source>Gallery of scans</source>
        <translation>주사화상 모음</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>목록 검색</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} 들여오기</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>화일 형식</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>자동 판별</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>부호화</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>판별</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>구분자</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Add a copy</source>
        <translation>사본 추가</translation>
    </message>
    <message>
        <source>When an item is already in the catalogue</source>
        <translation>품목이 이미 목록에 있을 때</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>부호화:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>구분자:</translation>
    </message>
    <message>
        <source>Items already in the catalogue:</source>
        <translation>이미 목록에 있는 품목:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>화일의 렬</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>첫 값</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>렬 대응</translation>
    </message>
    <message>
        <source>List in the file</source>
        <translation>화일의 목록</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>가져오기 방식</translation>
    </message>
    <message>
        <source>What each list becomes</source>
        <translation>목록별 가져오기 방식</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>거부된 행</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>검사(시험 실행)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>들여오기</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>들여오기 취소</translation>
    </message>
    <message>
        <source>Wants (want list)</source>
        <translation>구입희망 (희망목록)</translation>
    </message>
    <message>
        <source>Holdings (list name as location)</source>
        <translation>보유 (목록이름을 보관장소로)</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>가져오지 않음</translation>
    </message>
    <message>
        <source>Import list {name} as</source>
        <translation>목록 {name} 가져오기 방식</translation>
    </message>
    <message>
        <source>Field for column {name}</source>
        <translation>렬 {name}의 항목</translation>
    </message>
    <message>
        <source>Read as {encoding}, delimiter {delimiter}</source>
        <translation>{encoding}(으)로 읽음, 구분자 {delimiter}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>검사중…</translation>
    </message>
    <message>
        <source>Title (Korean)</source>
        <translation>제목(조선어)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>제목(영어)</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>제목(중국어)</translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation>제목(로씨야어)</translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation>천공도수</translation>
    </message>
    <message>
        <source>Size (mm)</source>
        <translation>크기 (mm)</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Items of the series</source>
        <translation>묶음의 품목</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>perforated</source>
        <translation>천공</translation>
    </message>
    <message>
        <source>imperforate</source>
        <translation>무천공</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <source>rectangle</source>
        <translation>직사각형</translation>
    </message>
    <message>
        <source>oval</source>
        <translation>타원형</translation>
    </message>
    <message>
        <source>round</source>
        <translation>원형</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>삼각형</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>마름모</translation>
    </message>
    <message>
        <source>Width×height in mm, e.g. 40×30; empty: the album assumes the kind&apos;s usual size</source>
        <translation>너비×높이(mm), 례: 40×30; 비워두면 우표첩은 종류의 보통 크기로 가정합니다</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>received</source>
        <translation>받음</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Nothing to order.</source>
        <translation>주문할것이 없습니다.</translation>
    </message>
    <message>
        <source>New order from series</source>
        <translation>묶음으로 새 주문</translation>
    </message>
    <message>
        <source>Series (serials such as Ba79 or titles, separated by commas):</source>
        <translation>묶음 (Ba79와 같은 일련번호나 제목, 반점으로 구분):</translation>
    </message>
    <message>
        <source>How many of each:</source>
        <translation>각각 몇개:</translation>
    </message>
    <message>
        <source>Open an order first.</source>
        <translation>먼저 주문을 여십시오.</translation>
    </message>
    <message>
        <source>Save order form as PDF</source>
        <translation>주문서를 PDF로 보관</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>이전 페지 (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>다음 페지 (Page Down)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>{total}페지중 {n}페지</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>우표첩</translation>
    </message>
    <message>
        <source>Print &amp;album…</source>
        <translation>우표첩 인쇄(&amp;A)…</translation>
    </message>
    <message>
        <source>Print &amp;list…</source>
        <translation>목록 인쇄(&amp;L)…</translation>
    </message>
    <message>
        <source>first {n} series of the search</source>
        <translation>검색의 처음 {n}개 묶음</translation>
    </message>
    <message>
        <source>Owned: {item}</source>
        <translation>소장: {item}</translation>
    </message>
    <message>
        <source>Wanted: {item}</source>
        <translation>구입희망: {item}</translation>
    </message>
    <message>
        <source>Keep {n}: {item}</source>
        <translation>{n}매 보관: {item}</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>다른 이름으로 보관</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 화일 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path} ({n}).</source>
        <translation>{path}에 보관했습니다 ({n}).</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path}에 쓸수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>받음으로 표시</translation>
    </message>
    <message>
        <source>Add the lines of order {number} to your holdings?</source>
        <translation>주문 {number}의 행들을 소장품에 추가하겠습니까?</translation>
    </message>
    <message>
        <source>Receive order {number}</source>
        <translation>주문 {number} 받기</translation>
    </message>
    <message numerus="yes">
        <source>Order {number} received; %Ln holding(s) added.</source>
        <translation>
            <numerusform>주문 {number} 수령; 소장품 %Ln개 추가.</numerusform>
        </translation>
    </message>
    <message>
        <source>New order from &amp;want list</source>
        <translation>희망목록으로 새 주문(&amp;W)</translation>
    </message>
    <message>
        <source>New order from &amp;selection</source>
        <translation>선택한것으로 새 주문(&amp;S)</translation>
    </message>
    <message>
        <source>New order from ser&amp;ies…</source>
        <translation>묶음으로 새 주문(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Orders…</source>
        <translation>주문(&amp;O)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>인쇄 미리보기(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print order form…</source>
        <translation>주문서 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Save order form as P&amp;DF…</source>
        <translation>주문서를 PDF로 보관(&amp;D)…</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Language order for titles</source>
        <translation>제목의 언어 순서</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>우로(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>아래로(&amp;D)</translation>
    </message>
    <message>
        <source>Show titles in this order of languages. When a title is missing in the first language, the next one is used.</source>
        <translation>이 언어 순서로 제목을 보여줍니다. 첫 언어의 제목이 없으면 다음 언어의 제목을 씁니다.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>대면부</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>대면부 언어</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>체계 기본값</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>기본 화페</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>대면부 언어:</translation>
    </message>
    <message>
        <source>A new interface language takes effect after a restart.</source>
        <translation>새 대면부 언어는 다시 시작한 뒤에 적용됩니다.</translation>
    </message>
    <message>
        <source>Default currency:</source>
        <translation>기본 화페:</translation>
    </message>
    <message>
        <source>The default currency must be a three-letter code such as EUR, not {text!r}.</source>
        <translation>기본 화페는 {text!r}이 아니라 EUR와 같은 세글자 부호여야 합니다.</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>주문자 정보</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>우편주소:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>나라:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>전자우편:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>전화:</translation>
    </message>
    <message>
        <source>Order form language:</source>
        <translation>주문서 언어:</translation>
    </message>
    <message>
        <source>The e-mail address {text!r} does not look like name@example.org.</source>
        <translation>전자우편 주소 {text!r}은(는) name@example.org 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>자료</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>등록부 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Load the reference catalogue into a new catalogue</source>
        <translation>새 목록에 참고목록을 불러오기</translation>
    </message>
    <message>
        <source>Back up the catalogue when closing</source>
        <translation>닫을 때 목록을 예비복사</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>보존할 예비복사 수</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>자료 등록부:</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>보존할 예비복사 수:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>설정 페지</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Scan image</source>
        <translation>주사화상</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>주사화상</translation>
    </message>
    <message>
        <source>Titles and catalogue numbers</source>
        <translation>제목과 목록번호</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>Flip front/back</source>
        <translation>앞면/뒤면 뒤집기</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞추기</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Scan {n} of {total} — {name}</source>
        <translation>주사화상 {total}개중 {n} — {name}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는중…</translation>
    </message>
    <message>
        <source>{role} · {size}{zoom} %</source>
        <translation>{role} · {size}{zoom} %</translation>
    </message>
    <message>
        <source>Check scans</source>
        <translation>주사화상 검사</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>발견된 문제</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>수리</translation>
    </message>
    <message>
        <source>Remove scans without a file and delete unused files</source>
        <translation>화일이 없는 주사화상을 제거하고 쓰지 않는 화일을 삭제</translation>
    </message>
    <message>
        <source>Missing file: {path} (scan of {owner}, was “{name}”)</source>
        <translation>없는 화일: {path} ({owner}의 주사화상, 원래 “{name}”)</translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation>품목 {id}</translation>
    </message>
    <message>
        <source>series {id}</source>
        <translation>묶음 {id}</translation>
    </message>
    <message>
        <source>Unused file: {path}</source>
        <translation>쓰지 않는 화일: {path}</translation>
    </message>
    <message>
        <source>All scans have their files and there are no unused files.</source>
        <translation>모든 주사화상에 화일이 있으며 쓰지 않는 화일은 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s) lost their file.</source>
        <translation>
            <numerusform>주사화상 %Ln개의 화일이 없어졌습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not used.</source>
        <translation>
            <numerusform>화일 %Ln개가 쓰이지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair removes those scans from the catalogue and deletes the unused files.</source>
        <translation>수리하면 그 주사화상들을 목록에서 지우고 쓰이지 않는 화일을 삭제합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln scan(s) without a file.</source>
        <translation>
            <numerusform>화일 없는 주사화상 %Ln개를 지웠습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln unused file(s).</source>
        <translation>
            <numerusform>쓰이지 않는 화일 %Ln개를 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted files cannot be brought back with Undo.</source>
        <translation>삭제한 화일은 되돌리기로 되살릴수 없습니다.</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>화상모음</translation>
    </message>
    <message>
        <source>&amp;Attach scans…</source>
        <translation>주사화상 첨부(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Paste scan</source>
        <translation>주사화상 붙이기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>화상모음(&amp;G)</translation>
    </message>
    <message>
        <source>Check &amp;scans…</source>
        <translation>주사화상 검사(&amp;S)…</translation>
    </message>
    <message>
        <source>Select a series or an item first.</source>
        <translation>먼저 묶음이나 품목을 선택하십시오.</translation>
    </message>
    <message>
        <source>Attach scans</source>
        <translation>주사화상 첨부</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>화상 ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %Ln file(s)…</source>
        <translation>
            <numerusform>화일 %Ln개 첨부 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach %Ln scan(s)</source>
        <translation>
            <numerusform>주사화상 %Ln개 첨부</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %Ln scan(s).</source>
        <translation>
            <numerusform>주사화상 %Ln개를 첨부했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gallery — %Ln scan(s)</source>
        <translation>
            <numerusform>화상모음 — 주사화상 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln scan(s)</source>
        <translation>
            <numerusform>주사화상 %Ln개 제거</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>일부 화일을 첨부하지 못했습니다</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>오려둠판에 화상이 없습니다.</translation>
    </message>
    <message>
        <source>Paste failed</source>
        <translation>붙이기 실패</translation>
    </message>
    <message>
        <source>The clipboard image could not be saved.</source>
        <translation>오려둠판의 화상을 보관할수 없습니다.</translation>
    </message>
    <message>
        <source>Change scan role</source>
        <translation>주사화상 역할 변경</translation>
    </message>
    <message>
        <source>Move scan</source>
        <translation>주사화상 옮기기</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>앞으로 옮기기</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>뒤로 옮기기</translation>
    </message>
    <message>
        <source>Remove scan(s)</source>
        <translation>주사화상 제거</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt;&lt;br&gt;words match titles (ko/en/zh/ru), notes, serials, numbers; &lt;i&gt;chinson&lt;/i&gt; finds 친선&lt;br&gt;&lt;code&gt;&quot;table tennis&quot;&lt;/code&gt; phrase &amp;nbsp; &lt;code&gt;-word&lt;/code&gt; exclude &amp;nbsp; &lt;code&gt;a OR b&lt;/code&gt;&lt;br&gt;&lt;code&gt;theme:sport&lt;/code&gt; &amp;nbsp; &lt;code&gt;year:2024&lt;/code&gt; &amp;nbsp; &lt;code&gt;year:2020..2024&lt;/code&gt; &amp;nbsp; &lt;code&gt;kind:postcard&lt;/code&gt;&lt;br&gt;&lt;code&gt;serial:Ba79&lt;/code&gt; &amp;nbsp; &lt;code&gt;mi:6789&lt;/code&gt; &amp;nbsp; &lt;code&gt;cat:&quot;Mi 6789&quot;&lt;/code&gt; &amp;nbsp; &lt;code&gt;scott:&lt;/code&gt; &lt;code&gt;sg:&lt;/code&gt; &lt;code&gt;yv:&lt;/code&gt; &lt;code&gt;ksc:&lt;/code&gt; &lt;code&gt;colnect:&lt;/code&gt;&lt;br&gt;&lt;code&gt;owned&lt;/code&gt; &amp;nbsp; &lt;code&gt;wanted&lt;/code&gt; &amp;nbsp; &lt;code&gt;missing&lt;/code&gt; &amp;nbsp; &lt;code&gt;condition:used&lt;/code&gt;</source>
        <translation>&lt;b&gt;검색&lt;/b&gt;&lt;br&gt;단어는 제목(ko/en/zh/ru), 비고, 일련번호, 번호와 맞추어봅니다. &lt;i&gt;chinson&lt;/i&gt;으로 친선을 찾습니다&lt;br&gt;&lt;code&gt;&quot;table tennis&quot;&lt;/code&gt; 구절 &amp;nbsp; &lt;code&gt;-word&lt;/code&gt; 제외 &amp;nbsp; &lt;code&gt;a OR b&lt;/code&gt;&lt;br&gt;&lt;code&gt;&quot;table tennis&quot;&lt;/code&gt; phrase &amp;nbsp; &lt;code&gt;-word&lt;/code&gt; exclude &amp;nbsp; &lt;code&gt;a OR b&lt;/code&gt;&lt;br&gt;&lt;code&gt;theme:sport&lt;/code&gt; &amp;nbsp; &lt;code&gt;year:2024&lt;/code&gt; &amp;nbsp; &lt;code&gt;year:2020..2024&lt;/code&gt; &amp;nbsp; &lt;code&gt;kind:postcard&lt;/code&gt;&lt;br&gt;&lt;code&gt;serial:Ba79&lt;/code&gt; &amp;nbsp; &lt;code&gt;mi:6789&lt;/code&gt; &amp;nbsp; &lt;code&gt;cat:&quot;Mi 6789&quot;&lt;/code&gt; &amp;nbsp; &lt;code&gt;scott:&lt;/code&gt; &lt;code&gt;sg:&lt;/code&gt; &lt;code&gt;yv:&lt;/code&gt; &lt;code&gt;ksc:&lt;/code&gt; &lt;code&gt;colnect:&lt;/code&gt;&lt;br&gt;&lt;code&gt;owned&lt;/code&gt; &amp;nbsp; &lt;code&gt;wanted&lt;/code&gt; &amp;nbsp; &lt;code&gt;missing&lt;/code&gt; &amp;nbsp; &lt;code&gt;condition:used&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Search (theme:sport year:2024 mi:6789 …)</source>
        <translation>검색 (theme:sport year:2024 mi:6789 …)</translation>
    </message>
    <message>
        <source>Search syntax help</source>
        <translation>검색 문법 방조</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>거르개</translation>
    </message>
    <message>
        <source>Show the filter panel</source>
        <translation>거르개판 보이기</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>검색 도움말</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>보관된 검색</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>이 검색 보관</translation>
    </message>
    <message>
        <source>Type a search first, then save it.</source>
        <translation>먼저 검색어를 입력한 다음 보관하십시오.</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>조선어</translation>
    </message>
    <message>
        <source>Title in Korean</source>
        <translation>조선어 제목</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>영어 제목</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <source>Title in Chinese</source>
        <translation>중국어 제목</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>로씨야어</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>로씨야어 제목</translation>
    </message>
    <message>
        <source>Type to find a theme…</source>
        <translation>주제를 찾으려면 입력하십시오…</translation>
    </message>
    <message>
        <source>Filter themes</source>
        <translation>주제 거르기</translation>
    </message>
    <message>
        <source>new theme key, e.g. sport.archery</source>
        <translation>새 주제 열쇠, 례: sport.archery</translation>
    </message>
    <message>
        <source>New theme key</source>
        <translation>새 주제 열쇠</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영어 이름</translation>
    </message>
    <message>
        <source>New theme English name</source>
        <translation>새 주제의 영어 이름</translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation>주제 추가</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (새것)</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>새 묶음</translation>
    </message>
    <message>
        <source>Edit series {serial}</source>
        <translation>묶음 {serial} 편집</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>일련번호</translation>
    </message>
    <message>
        <source>e.g. Ba79</source>
        <translation>례: Ba79</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>발행날자</translation>
    </message>
    <message>
        <source>YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY-MM 또는 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>— (from the issue date)</source>
        <translation>— (발행날자에서)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>년도</translation>
    </message>
    <message>
        <source>e.g. KSC announcement, 10 January 2025</source>
        <translation>례: 조선우표사 발표, 2025년 1월 10일</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Notes on the items</source>
        <translation>품목에 대한 참고</translation>
    </message>
    <message>
        <source>Add items by count</source>
        <translation>개수로 품목 추가</translation>
    </message>
    <message>
        <source>e.g. 4 stamps + 3 postcards</source>
        <translation>례: 우표 4장 + 엽서 3장</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>품목 추가</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>선택한것 제거</translation>
    </message>
    <message>
        <source>Copy the series title</source>
        <translation>묶음 제목 복사</translation>
    </message>
    <message>
        <source>Put the series titles into the selected items (all items if none selected)</source>
        <translation>묶음 제목을 선택한 품목에 넣기 (선택이 없으면 모든 품목)</translation>
    </message>
    <message>
        <source>Count shortcut: {error}</source>
        <translation>개수 약식: {error}</translation>
    </message>
    <message>
        <source>Item {item}: &apos;{number}&apos; is not a catalogue number KP Stamps can read; it is kept as written</source>
        <translation>품목 {item}: &apos;{number}&apos;은(는) KP Stamps가 읽을 수 있는 카탈로그 번호가 아닙니다. 입력한 그대로 저장됩니다</translation>
    </message>
    <message>
        <source>Discard the changes to this series?</source>
        <translation>이 묶음의 변경을 버리겠습니까?</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축건</translation>
    </message>
    <message>
        <source>Filter commands</source>
        <translation>지령 거르기</translation>
    </message>
    <message>
        <source>Commands and their shortcuts</source>
        <translation>지령과 단축건</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>지령</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축건</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>단축건(&amp;K)…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완성도</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>{amount} (no currency)</source>
        <translation>{amount} (화페 없음)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln series</source>
        <translation>
            <numerusform>묶음 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>품목 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Series complete: {complete} · begun: {started}</source>
        <translation>완성된 묶음: {complete} · 시작한 묶음: {started}</translation>
    </message>
    <message>
        <source>Owned: {items} ({copies}) · Wanted: {wanted} ({wcopies})</source>
        <translation>소장: {items} ({copies}) · 희망: {wanted} ({wcopies})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln copy(ies)</source>
        <translation>
            <numerusform>%Ln매</numerusform>
        </translation>
    </message>
    <message>
        <source>Money spent: {spent} ({unpriced})</source>
        <translation>지출한 돈: {spent} ({unpriced})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln holding(s) without a price</source>
        <translation>
            <numerusform>가격 없는 소장품 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated catalogue value: {value}</source>
        <translation>추정 목록가격: {value}</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>Summary of the collection</source>
        <translation>수집품 개요</translation>
    </message>
    <message>
        <source>Items by year (hatched: owned)</source>
        <translation>년도별 품목 (빗금: 소장)</translation>
    </message>
    <message>
        <source>Series by theme</source>
        <translation>주제별 묶음</translation>
    </message>
    <message>
        <source>Items by kind (hatched: owned)</source>
        <translation>종류별 품목 (빗금: 소장)</translation>
    </message>
    <message>
        <source>Statistics charts</source>
        <translation>통계 도표</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>년도별</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>주제별</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>종류별</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation>통계 상태</translation>
    </message>
    <message>
        <source>Completion per series</source>
        <translation>묶음별 완성도</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로고침(&amp;R)</translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>도표를 PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export chart as &amp;SVG…</source>
        <translation>도표를 SVG로 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>Export figures as &amp;CSV…</source>
        <translation>수치를 CSV로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Show &amp;all rows</source>
        <translation>모든 행 보이기(&amp;A)</translation>
    </message>
    <message>
        <source>Remove the filter set by clicking a bar</source>
        <translation>막대를 눌러 설정한 거르개 제거</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>계산중…</translation>
    </message>
    <message>
        <source>Could not compute the statistics: {error}</source>
        <translation>통계를 계산할수 없습니다: {error}</translation>
    </message>
    <message>
        <source>unknown year</source>
        <translation>알수 없는 년도</translation>
    </message>
    <message>
        <source>Filtered by statistics: {what}</source>
        <translation>통계로 거름: {what}</translation>
    </message>
    <message>
        <source>The search cannot select series without a year.</source>
        <translation>검색으로는 년도가 없는 묶음를 고를 수 없습니다.</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>{year}년</translation>
    </message>
    <message>
        <source>theme {name}</source>
        <translation>주제 {name}</translation>
    </message>
    <message>
        <source>one series</source>
        <translation>묶음 하나</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 화상 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 화상 (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 화일 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>the figures are not counted yet</source>
        <translation>수치를 아직 계산하지 않았습니다</translation>
    </message>
    <message>
        <source>this tab has no chart</source>
        <translation>이 표쪽에는 도표가 없습니다</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>{path}을(를) 보관할수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} 보관됨</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>통계(&amp;S)…</translation>
    </message>
    <message>
        <source>Figures and charts about the catalogue and the collection</source>
        <translation>목록과 수집품에 대한 수치와 도표</translation>
    </message>
    <message>
        <source>Themes and their names in four languages</source>
        <translation>주제와 4개 언어로 된 이름</translation>
    </message>
    <message>
        <source>&amp;New theme</source>
        <translation>새 주제(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;sub-theme</source>
        <translation>새 하위주제(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>옮기기(&amp;M)…</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>합치기(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translation>주제(&amp;T)…</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>최상위</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(최상위)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>새 주제</translation>
    </message>
    <message>
        <source>Create theme {name}</source>
        <translation>주제 {name} 만들기</translation>
    </message>
    <message>
        <source>Rename theme {old} to {new}</source>
        <translation>주제 {old}의 이름을 {new}(으)로 바꾸기</translation>
    </message>
    <message>
        <source>Move theme {name} under {parent}</source>
        <translation>주제 {name}을(를) {parent} 아래로 옮기기</translation>
    </message>
    <message>
        <source>Merge theme {source} into {target}</source>
        <translation>주제 {source}을(를) {target}에 합치기</translation>
    </message>
    <message>
        <source>Delete theme {name}, reassigning to {target}</source>
        <translation>주제 {name} 삭제, {target}(으)로 다시 배정</translation>
    </message>
    <message>
        <source>Delete theme {name}</source>
        <translation>주제 {name} 삭제</translation>
    </message>
    <message>
        <source>Select a theme first.</source>
        <translation>먼저 주제를 선택하십시오.</translation>
    </message>
    <message>
        <source>Move {name} under:</source>
        <translation>{name}을(를) 옮길 곳:</translation>
    </message>
    <message>
        <source>Merge {name} into:</source>
        <translation>{name}을(를) 합칠 곳:</translation>
    </message>
    <message>
        <source>{name} is used by {used} series and has {children} sub-themes. Reassign them to:</source>
        <translation>{name}은(는) 묶음 {used}개에 쓰이고 하위주제 {children}개가 있습니다. 다시 배정할 곳:</translation>
    </message>
    <message>
        <source>Not deleted: {name} is still in use.</source>
        <translation>삭제되지 않았습니다: {name}은(는) 아직 쓰이고 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>들여오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export catalogue…</source>
        <translation>목록 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export current &amp;search…</source>
        <translation>현재 검색결과 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>지금 예비복사(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>예비복사에서 복구(&amp;R)…</translation>
    </message>
    <message>
        <source>Collections (*.csv *.json *.tc *.xml *.gcs);;All files (*)</source>
        <translation>수집품 (*.csv *.json *.tc *.xml *.gcs);;모든 화일 (*)</translation>
    </message>
    <message>
        <source>Exported {count} to {path}</source>
        <translation>{count}개를 {path}(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>예비복사를 {path}에 썼습니다</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>예비복사 (*.zip)</translation>
    </message>
    <message>
        <source>Replace the catalogue with this backup? The current catalogue is kept in the backups folder.</source>
        <translation>이 예비복사로 목록을 바꾸겠습니까? 현재 목록은 예비복사 등록부에 보존됩니다.</translation>
    </message>
    <message>
        <source>Restored {path}; the previous catalogue is in {previous}</source>
        <translation>{path}을(를) 복구하였습니다. 이전 목록은 {previous}에 있습니다</translation>
    </message>
    <message>
        <source>series {name}</source>
        <translation>묶음 {name}</translation>
    </message>
    <message>
        <source>item {name}</source>
        <translation>품목 {name}</translation>
    </message>
    <message>
        <source>order {name}</source>
        <translation>주문 {name}</translation>
    </message>
    <message>
        <source>Cannot undo “{what}”: {thing} was deleted by someone else meanwhile. This step was removed from the undo history.</source>
        <translation>“{what}”을(를) 되돌릴수 없습니다: 그사이 다른 사람이 {thing}을(를) 삭제하였습니다. 이 단계는 되돌리기 력사에서 제거되였습니다.</translation>
    </message>
    <message>
        <source>Cannot redo “{what}”: {thing} was deleted by someone else meanwhile. This step was removed from the undo history.</source>
        <translation>“{what}”을(를) 다시할수 없습니다: 그사이 다른 사람이 {thing}을(를) 삭제하였습니다. 이 단계는 되돌리기 력사에서 제거되였습니다.</translation>
    </message>
    <message>
        <source>Cannot undo “{what}”: {thing} was changed by {who} at {when}. Their version is kept; this step was removed from the undo history.</source>
        <translation>“{what}”을(를) 되돌릴수 없습니다: {who}이(가) {when}에 {thing}을(를) 변경하였습니다. 그의 판본이 유지되며 이 단계는 되돌리기 력사에서 제거되였습니다.</translation>
    </message>
    <message>
        <source>Cannot redo “{what}”: {thing} was changed by {who} at {when}. Their version is kept; this step was removed from the undo history.</source>
        <translation>“{what}”을(를) 다시할수 없습니다: {who}이(가) {when}에 {thing}을(를) 변경하였습니다. 그의 판본이 유지되며 이 단계는 되돌리기 력사에서 제거되였습니다.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation>검색칸에 유표를 놓기</translation>
    </message>
    <message>
        <source>Only the first {n} characters of the search are used.</source>
        <translation>검색의 처음 {n}자만 씁니다.</translation>
    </message>
    <message>
        <source>A quote is not closed; the rest of the search is read as one phrase.</source>
        <translation>따옴표가 닫히지 않았습니다. 나머지는 한 구절로 읽습니다.</translation>
    </message>
    <message>
        <source>Only the first {n} search terms are used.</source>
        <translation>처음 {n}개의 검색어만 씁니다.</translation>
    </message>
    <message>
        <source>A closing bracket has no opening bracket; it is ignored.</source>
        <translation>닫는 괄호에 여는 괄호가 없습니다. 무시합니다.</translation>
    </message>
    <message>
        <source>A bracket is not closed; it is closed at the end.</source>
        <translation>괄호가 닫히지 않았습니다. 끝에서 닫습니다.</translation>
    </message>
    <message>
        <source>{name}: needs a value, for example {example}.</source>
        <translation>{name}: 값이 필요합니다. 례: {example}.</translation>
    </message>
    <message>
        <source>year:{value} is not a year; write year:2024 or year:2020..2024.</source>
        <translation>year:{value}는 년도가 아닙니다. year:2024 또는 year:2020..2024로 쓰십시오.</translation>
    </message>
    <message>
        <source>Unknown {what} {value}; expected one of: {valid}.</source>
        <translation>알 수 없는 {what} {value}. 다음 중 하나: {valid}.</translation>
    </message>
    <message>
        <source>The serial is longer than 40 characters.</source>
        <translation>일련번호가 40자보다 깁니다.</translation>
    </message>
    <message>
        <source>Issue date: {error}.</source>
        <translation>발행날자: {error}.</translation>
    </message>
    <message>
        <source>Announced date: {error}.</source>
        <translation>발표날자: {error}.</translation>
    </message>
    <message>
        <source>Year {year} is impossible.</source>
        <translation>{year}년은 있을 수 없습니다.</translation>
    </message>
    <message>
        <source>Year {year} does not match the issue date {date}.</source>
        <translation>{year}년이 발행날자 {date}와 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Item {n} has no kind.</source>
        <translation>품목 {n}에 종류가 없습니다.</translation>
    </message>
    <message>
        <source>Item {n}: unknown kind “{kind}”.</source>
        <translation>품목 {n}: 알 수 없는 종류 “{kind}”.</translation>
    </message>
    <message>
        <source>Item {n}: face value {error}.</source>
        <translation>품목 {n}: 액면가 {error}.</translation>
    </message>
    <message>
        <source>Item {n}: currency “{currency}” is not a three-letter code.</source>
        <translation>품목 {n}: 화페 “{currency}”는 세 글자 부호가 아닙니다.</translation>
    </message>
    <message>
        <source>Item {n}: unknown perforation “{perforation}”.</source>
        <translation>품목 {n}: 알 수 없는 천공 “{perforation}”.</translation>
    </message>
    <message>
        <source>Item {n}: {error}.</source>
        <translation>품목 {n}: {error}.</translation>
    </message>
    <message>
        <source>Serial {serial} is already used by another series.</source>
        <translation>일련번호 {serial}는 다른 묶음가 이미 씁니다.</translation>
    </message>
    <message>
        <source>Give the series a serial or a title.</source>
        <translation>묶음에 일련번호나 제목을 주십시오.</translation>
    </message>
    <message>
        <source>A new theme needs a key and an English name.</source>
        <translation>새 주제에는 열쇠와 영어 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>{text} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>{text}는 날자가 아닙니다 (YYYY, YYYY-MM 또는 YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>year {year} is out of range</source>
        <translation>{year}년은 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>a day needs a month</source>
        <translation>날에는 달이 필요합니다</translation>
    </message>
    <message>
        <source>month {month} does not exist</source>
        <translation>{month}월은 없습니다</translation>
    </message>
    <message>
        <source>{date} does not exist</source>
        <translation>{date}는 없는 날자입니다</translation>
    </message>
    <message>
        <source>{text} is not an amount</source>
        <translation>{text}는 금액이 아닙니다</translation>
    </message>
    <message>
        <source>amount {text} is negative</source>
        <translation>금액 {text}가 음수입니다</translation>
    </message>
    <message>
        <source>amount {text} is too large</source>
        <translation>금액 {text}가 너무 큽니다</translation>
    </message>
    <message>
        <source>type something like “{example}”</source>
        <translation>“{example}”처럼 입력하십시오</translation>
    </message>
    <message>
        <source>4 stamps + 3 postcards</source>
        <translation>우표 4장 + 엽서 3장</translation>
    </message>
    <message>
        <source>“{part}” has more than one number</source>
        <translation>“{part}”에 수가 둘 이상 있습니다</translation>
    </message>
    <message>
        <source>“{part}” does not name a kind of item (stamp, postcard, souvenir sheet…)</source>
        <translation>“{part}”는 품목 종류가 아닙니다 (우표, 엽서, 소형전지…)</translation>
    </message>
    <message>
        <source>“{part}”: the count must be at least 1</source>
        <translation>“{part}”: 수는 1 이상이여야 합니다</translation>
    </message>
    <message>
        <source>more than {n} items in one shortcut</source>
        <translation>한번에 {n}개보다 많은 품목</translation>
    </message>
    <message>
        <source>“{part}” needs a catalogue abbreviation before the number ({known})</source>
        <translation>“{part}”의 번호 앞에 목록 략자가 필요합니다 ({known})</translation>
    </message>
    <message>
        <source>KP Stamps user guide</source>
        <translation>KP Stamps 사용 안내서</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>사용 안내서</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>사용 안내서(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Thumbnails in the table</source>
        <translation>표에 축소그림(&amp;T)</translation>
    </message>
    <message>
        <source>Welcome to KP Stamps</source>
        <translation>KP Stamps에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to KP Stamps&lt;/h3&gt;&lt;p&gt;Choose the interface language, the order of languages for titles and your name and address for order forms. Everything can be changed later in File ▸ Preferences; Help ▸ User guide (F1) explains the rest.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KP Stamps에 오신 것을 환영합니다&lt;/h3&gt;&lt;p&gt;대면부 언어, 제목의 언어 순서, 주문서에 들어갈 이름과 주소를 고르십시오. 모두 나중에 화일 ▸ 설정에서 바꿀 수 있습니다. 나머지는 방조 ▸ 사용 안내서 (F1)에 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>건너뛰기(&amp;K)</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>목록 인쇄</translation>
    </message>
    <message>
        <source>Print album</source>
        <translation>우표첩 인쇄</translation>
    </message>
    <message>
        <source>A4, Letter, or width×height in mm such as 230x300mm</source>
        <translation>A4, Letter 또는 230x300mm와 같이 너비×높이(mm)</translation>
    </message>
    <message>
        <source>Print the scans in their spaces</source>
        <translation>자리에 스캔 화상을 인쇄</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>테두리</translation>
    </message>
    <message>
        <source>Page numbers</source>
        <translation>페지 번호</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>목록:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>용지:</translation>
    </message>
    <message>
        <source>Collection name:</source>
        <translation>수집품 이름:</translation>
    </message>
    <message>
        <source>Mount margin:</source>
        <translation>붙임 여백:</translation>
    </message>
    <message>
        <source>Binder margin:</source>
        <translation>철 여백:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>미리보기…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF로 보관…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV로 보관…</translation>
    </message>
    <message>
        <source>Read-only: {reason} You can browse, search, export and print; changes are off.</source>
        <translation>읽기 전용: {reason} 보기, 검색, 내보내기와 인쇄는 되지만 변경은 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Read-only catalogue</source>
        <translation>읽기 전용 목록</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (읽기 전용)</translation>
    </message>
    <message>
        <source>Serial (KSC)</source>
        <translation>일련번호 (조선우표사)</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>발표날자</translation>
    </message>
    <message>
        <source>Series title (Korean)</source>
        <translation>묶음 제목 (조선어)</translation>
    </message>
    <message>
        <source>Series title (English)</source>
        <translation>묶음 제목 (영어)</translation>
    </message>
    <message>
        <source>Series title (Chinese)</source>
        <translation>묶음 제목 (중국어)</translation>
    </message>
    <message>
        <source>Series title (Russian)</source>
        <translation>묶음 제목 (로씨야어)</translation>
    </message>
    <message>
        <source>Series notes</source>
        <translation>묶음 메모</translation>
    </message>
    <message>
        <source>Series source</source>
        <translation>묶음 출처</translation>
    </message>
    <message>
        <source>Series scans (JSON)</source>
        <translation>묶음 화상 (JSON)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>나라</translation>
    </message>
    <message>
        <source>Position in the series</source>
        <translation>묶음안의 순서</translation>
    </message>
    <message>
        <source>Item title (Korean)</source>
        <translation>항목 제목 (조선어)</translation>
    </message>
    <message>
        <source>Item title (English)</source>
        <translation>항목 제목 (영어)</translation>
    </message>
    <message>
        <source>Item title (Chinese)</source>
        <translation>항목 제목 (중국어)</translation>
    </message>
    <message>
        <source>Item title (Russian)</source>
        <translation>항목 제목 (로씨야어)</translation>
    </message>
    <message>
        <source>Perforated or imperforate</source>
        <translation>천공 또는 무천공</translation>
    </message>
    <message>
        <source>Perforation gauge</source>
        <translation>천공도수</translation>
    </message>
    <message>
        <source>Format or size</source>
        <translation>형태 또는 크기</translation>
    </message>
    <message>
        <source>Id in the source</source>
        <translation>출처의 식별번호</translation>
    </message>
    <message>
        <source>Link to the source</source>
        <translation>출처 련결</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>너비 (mm)</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>높이 (mm)</translation>
    </message>
    <message>
        <source>Face value as written</source>
        <translation>적힌 그대로의 액면가</translation>
    </message>
    <message>
        <source>Catalogue numbers (Mi:6789, Sc:5123)</source>
        <translation>목록번호 (Mi:6789, Sc:5123)</translation>
    </message>
    <message>
        <source>Holdings (JSON)</source>
        <translation>보유 (JSON)</translation>
    </message>
    <message>
        <source>Wants (JSON)</source>
        <translation>구입희망 (JSON)</translation>
    </message>
    <message>
        <source>Catalogue values (JSON)</source>
        <translation>목록가격 (JSON)</translation>
    </message>
    <message>
        <source>Scans (JSON)</source>
        <translation>화상 (JSON)</translation>
    </message>
    <message>
        <source>{catalogue} number</source>
        <translation>{catalogue} 번호</translation>
    </message>
    <message>
        <source>Planned: in KSC&apos;s issuing plan, not verified as issued; the plan may change.</source>
        <translation>계획: 조선우표사 발행계획에 있으며 발행은 확인되지 않았습니다. 계획은 바뀔수 있습니다.</translation>
    </message>
    <message>
        <source>Announced: not verified as issued yet.</source>
        <translation>발표: 발행은 아직 확인되지 않았습니다.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Announced (not issued yet)</source>
        <translation>발표 (아직 발행되지 않음)</translation>
    </message>
    <message>
        <source>Planned (in KSC&apos;s plan; may change)</source>
        <translation>계획 (조선우표사 계획, 바뀔수 있음)</translation>
    </message>
    <message>
        <source>Export catalogue pack</source>
        <translation>목록꾸러미 내보내기</translation>
    </message>
    <message>
        <source>Only the series of the current search</source>
        <translation>현재 검색의 묶음만</translation>
    </message>
    <message>
        <source>Include scans</source>
        <translation>주사화상 포함</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행자</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>판</translation>
    </message>
    <message>
        <source>Holdings, wants, orders and prices paid are never written to a pack.</source>
        <translation>소장품, 구입희망, 주문과 지불한 가격은 목록꾸러미에 절대로 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Export catalogue pac&amp;k…</source>
        <translation>목록꾸러미 내보내기(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Update from catalogue pack…</source>
        <translation>목록꾸러미으로 갱신(&amp;U)…</translation>
    </message>
    <message>
        <source>Reference catalogue updated to {version}: {summary}.</source>
        <translation>참고목록을 {version}으로 갱신했습니다: {summary}.</translation>
    </message>
    <message>
        <source>Catalogue packs (*.kpspack *.zip);;All files (*)</source>
        <translation>목록꾸러미 (*.kpspack *.zip);;모든 화일 (*)</translation>
    </message>
    <message>
        <source>Exported {series} series and {items} items to {path}</source>
        <translation>{series}개 묶음과 {items}개 품목을 {path}에 내보냈습니다</translation>
    </message>
    <message>
        <source>Update from catalogue pack</source>
        <translation>목록꾸러미으로 갱신</translation>
    </message>
    <message>
        <source>The pack was refused; nothing was changed.</source>
        <translation>목록꾸러미을 거부했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Values that differ</source>
        <translation>다른 값</translation>
    </message>
    <message>
        <source>Take the pack&apos;s version</source>
        <translation>목록꾸러미의 값 받기</translation>
    </message>
    <message>
        <source>Conflicts: rows you edited that the pack would change</source>
        <translation>충돌: 목록꾸러미이 바꾸려는, 당신이 편집한 행</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>저쪽것 받기</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; {version}: {summary}.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {version}: {summary}.</translation>
    </message>
    <message>
        <source>Your holdings, wants and orders are not touched. Rows you edited are kept unless you tick “take theirs”.</source>
        <translation>소장품, 구입희망과 주문은 건드리지 않습니다. 편집한 행은 “저쪽것 받기”를 표시하지 않으면 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>아무것도 바뀌지 않았습니다:</translation>
    </message>
    <message>
        <source>Update from pack {name}</source>
        <translation>목록꾸러미 {name}으로 갱신</translation>
    </message>
    <message>
        <source>Updated from {name}: {summary}.</source>
        <translation>{name}으로 갱신했습니다: {summary}.</translation>
    </message>
    <message>
        <source>already owned: {items}</source>
        <translation>이미 가지고있음: {items}</translation>
    </message>
    <message>
        <source>already on an open order: {items}</source>
        <translation>이미 처리중인 주문에 있음: {items}</translation>
    </message>
    <message>
        <source>Left out of the order — {reasons}.</source>
        <translation>주문에서 뺐습니다 — {reasons}.</translation>
    </message>
    <message>
        <source>Not printed: the order could not be saved ({error}).</source>
        <translation>인쇄하지 않았습니다: 주문을 보관할수 없습니다 ({error}).</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>결과 없음</translation>
    </message>
    <message>
        <source>No series or items match “{query}”.</source>
        <translation>“{query}”에 맞는 묶음이나 품목이 없습니다.</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>{suggestion}을 찾으십니까?</translation>
    </message>
    <message>
        <source>Check the spelling, or press ? for the search syntax.</source>
        <translation>철자를 확인하거나 ?를 눌러 검색 문법을 보십시오.</translation>
    </message>
    <message>
        <source>Would import: {counts}</source>
        <translation>가져올 내용: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s)</source>
        <translation>
            <numerusform>새 항목 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln개 갱신</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>중복 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>거부된 행 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new series</source>
        <translation>
            <numerusform>새 시리즈 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {counts}</source>
        <translation>가져옴: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>Order {number} sent to the printer (%Ln page(s)).</source>
        <translation>
            <numerusform>주문 {number}을 인쇄기로 보냈습니다 (%Ln페지).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%Ln page(s)).</source>
        <translation>
            <numerusform>{path} 보관됨 (%Ln페지).</numerusform>
        </translation>
    </message>
    <message>
        <source>The album could not be read: {error}</source>
        <translation>우표첩을 읽을 수 없습니다: {error}</translation>
    </message>
</context>
<context>
    <name>CatalogueTable</name>
    <message>
        <source>Serial</source>
        <translation>일련번호</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날자</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>묶음</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>액면가</translation>
    </message>
    <message>
        <source>Catalogue numbers</source>
        <translation>목록번호</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>소장</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>희망</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>나라</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>소장</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Price paid</source>
        <translation>지불한 가격</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>보관장소</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>희망</translation>
    </message>
    <message>
        <source>Want qty</source>
        <translation>희망 수량</translation>
    </message>
    <message>
        <source>Wanted condition</source>
        <translation>희망 상태</translation>
    </message>
    <message>
        <source>Max price</source>
        <translation>최고가격</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your last change was not saved.</source>
        <translation>마지막 변경이 보관되지 않았습니다.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>예상하지 못한 오유: {error}</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Order {number}</source>
        <translation>주문 {number}</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>주문날자</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>받는 곳</translation>
    </message>
    <message>
        <source>Form language</source>
        <translation>주문서 언어</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>화페</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날자</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 곳</translation>
    </message>
    <message>
        <source>Shipping route</source>
        <translation>우편경로</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>출처: {source}</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>주문행</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>행 제거</translation>
    </message>
    <message>
        <source>Shipping cost</source>
        <translation>우편료</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총계</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>우편료</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>보관</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>인쇄 미리보기…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 보관…</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>보냄으로 표시</translation>
    </message>
    <message>
        <source>Mark received…</source>
        <translation>받음으로 표시…</translation>
    </message>
    <message>
        <source>Subtotal: {amount}</source>
        <translation>소계: {amount}</translation>
    </message>
    <message>
        <source>Total: {amount} {currency}</source>
        <translation>총계: {amount} {currency}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>보관 상태</translation>
    </message>
    <message>
        <source>Saved order {number} at {time}.</source>
        <translation>주문 {number}을 {time}에 보관했습니다.</translation>
    </message>
    <message>
        <source>Close order</source>
        <translation>주문 닫기</translation>
    </message>
    <message>
        <source>Order {number} has changes that are not saved.</source>
        <translation>주문 {number}에 보관하지 않은 변경이 있습니다.</translation>
    </message>
</context>
<context>
    <name>OrdersDialog</name>
    <message>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날자</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>행수</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총계</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Mark received…</source>
        <translation>받음으로 표시…</translation>
    </message>
</context>
<context>
    <name>ThemeManager</name>
    <message>
        <source>Korean</source>
        <translation>조선어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>로씨야어</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Could not undo/redo “{what}”: {error}</source>
        <translation>“{what}”을(를) 되돌리거나 다시할수 없습니다: {error}</translation>
    </message>
</context>
</TS>
